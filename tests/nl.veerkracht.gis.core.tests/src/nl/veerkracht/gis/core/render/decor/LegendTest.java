package nl.veerkracht.gis.core.render.decor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/** The legend lists the visible layers top first, with every class and the no-data entry, and draws swatches. */
class LegendTest {

	private static final SimpleStyle BASE = new SimpleStyle(Color.BLACK, null, 0, 1, 6);

	private final GeometryFactory factory = new GeometryFactory();
	private final FeatureSchema schema = new FeatureSchema("buurten",
			List.of(new AttributeDescriptor("aandeel", AttributeType.REAL)));

	@Test
	void visibleLayersTopFirstWithClassesAndNoDataLast() {
		MapContent map = new MapContent();
		VectorLayer gemeente = new VectorLayer("Gemeente", areas(1.0), null, BASE.withFill(Color.ORANGE));
		VectorLayer hidden = new VectorLayer("Verborgen", areas(1.0), null, BASE);
		VectorLayer buurten = new VectorLayer("Buurten", areas(10.0, 20.0, 30.0), null, graduated());
		map.addLayer(gemeente);
		map.addLayer(hidden);
		map.addLayer(buurten);
		map.setVisible(hidden, false);

		Legend legend = Legend.of(map.layers(), false);
		assertEquals(List.of("Buurten", "Gemeente"), legend.groups().stream().map(LegendGroup::title).toList());
		LegendGroup classes = legend.groups().get(0);
		assertEquals(List.of("≤ 15", "15 – 25", "25 – 35", "geen gegevens"),
				classes.entries().stream().map(LegendEntry::label).toList());
		assertTrue(classes.entries().get(3).noData());
		assertTrue(legend.groups().get(1).isSingleLine());
		assertEquals(SwatchShape.AREA, classes.shape());
	}

	@Test
	void swatchesShowTheClassColoursInOrder() {
		VectorLayer buurten = new VectorLayer("Buurten", areas(10.0), null, graduated());
		Legend legend = Legend.of(List.of(buurten), false);
		BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.MAGENTA);
		g.fillRect(0, 0, 300, 200);
		Size size = legend.size(g);
		legend.paint(g, 0, 0);
		assertTrue(size.width() > Swatch.WIDTH + 40 && size.height() > 4 * Swatch.HEIGHT, "size " + size);

		List<Color> expected = new ArrayList<>(ColorBrewerPalette.YL_OR_RD.colours(3));
		expected.add(NoDataStyle.COLOUR);
		List<Color> found = new ArrayList<>();
		int x = (int) (Swatch.WIDTH / 2);
		Color previous = Color.MAGENTA;
		for (int y = 0; y < size.height(); y++) {
			Color c = new Color(image.getRGB(x, y));
			if (!c.equals(previous) && expected.contains(c)) {
				found.add(c);
			}
			previous = c;
		}
		assertEquals(expected, found, "one swatch per class, then the no-data swatch, top to bottom");
		assertEquals(Color.MAGENTA.getRGB(), image.getRGB((int) size.width() + 5, 5), "nothing right of the legend");
	}

	@Test
	void swatchShapeFollowsTheGeometry() {
		FeatureSchema plain = new FeatureSchema("punten", List.of());
		FeatureCollection points = new FeatureCollection(plain,
				List.of(new Feature("p", factory.createPoint(new Coordinate(1, 2)), plain, new Object[0])), Crs.RD_NEW);
		FeatureCollection lines = new FeatureCollection(plain, List.of(new Feature("l",
				factory.createLineString(new Coordinate[] { new Coordinate(0, 0), new Coordinate(1, 1) }), plain,
				new Object[0])), Crs.RD_NEW);
		assertEquals(SwatchShape.POINT, SwatchShape.of(points));
		assertEquals(SwatchShape.LINE, SwatchShape.of(lines));
		assertEquals(SwatchShape.AREA, SwatchShape.of(areas(1.0)));
	}

	@Test
	void attributionNamesCbsAndTheLicence() {
		assertEquals("Bron: Centraal Bureau voor de Statistiek (CBS); Kadaster / CBS, Wijk- en Buurtkaart 2024; CC BY 4.0",
				Attribution.cbs(2024));
		assertTrue(Attribution.cbs().startsWith(Attribution.CBS_FIGURES));
	}

	private static GraduatedStyle graduated() {
		return GraduatedStyle.of("aandeel", Classifier.manual(new double[] { 15, 25, 35 }), ColorBrewerPalette.YL_OR_RD,
				BASE);
	}

	private FeatureCollection areas(Double... values) {
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			features.add(new Feature("f" + i, factory.toGeometry(new Envelope(i * 10, i * 10 + 10, 0, 10)), schema,
					new Object[] { values[i] }));
		}
		return new FeatureCollection(schema, features, Crs.RD_NEW);
	}
}
