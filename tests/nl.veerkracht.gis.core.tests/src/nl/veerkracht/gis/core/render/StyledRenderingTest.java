package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/** Pixel checks of graduated and categorized styles, the no-data class and the selection highlight. */
class StyledRenderingTest {

	private static final double X0 = 155000;
	private static final double Y0 = 463000;
	private static final SimpleStyle BASE = new SimpleStyle(Color.BLACK, null, 0, 1, 6);

	private final GeometryFactory factory = new GeometryFactory();
	private final MapRenderer renderer = new MapRenderer(Color.WHITE);
	private final Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(X0 + 50, Y0 + 50), 1, 100, 100);
	private final FeatureSchema schema = new FeatureSchema("buurten",
			List.of(new AttributeDescriptor("naam", AttributeType.STRING),
					new AttributeDescriptor("aandeel", AttributeType.REAL)));

	@Test
	void graduatedColoursEachSquareByItsClassAndMissingValuesAsNoData() {
		FeatureCollection features = fourSquares(10.0, 20.0, 30.0, null);
		GraduatedStyle style = GraduatedStyle.of("aandeel", Classifier.manual(new double[] {15, 25, 35}),
				ColorBrewerPalette.YL_OR_RD, BASE);
		BufferedImage image = renderer.renderToImage(viewport,
				List.of(new VectorLayer("buurten", features, null, style)));
		List<Color> palette = ColorBrewerPalette.YL_OR_RD.colours(3);
		assertColor(palette.get(0), image, 25, 25);
		assertColor(palette.get(1), image, 75, 25);
		assertColor(palette.get(2), image, 25, 75);
		assertColor(NoDataStyle.COLOUR, image, 75, 75);
	}

	@Test
	void categorizedColoursByValueAndOtherValuesWithTheOtherSymbol() {
		FeatureCollection features = fourSquares(1.0, 2.0, 1.0, 7.0);
		CategorizedStyle style = new CategorizedStyle("aandeel",
				List.of(new Category("1", "één", BASE.withFill(Color.RED)),
						new Category("2", "twee", BASE.withFill(Color.BLUE))),
				BASE.withFill(Color.GREEN), BASE.withFill(NoDataStyle.COLOUR), null);
		BufferedImage image = renderer.renderToImage(viewport,
				List.of(new VectorLayer("buurten", features, null, style)));
		assertColor(Color.RED, image, 25, 25);
		assertColor(Color.BLUE, image, 75, 25);
		assertColor(Color.RED, image, 25, 75);
		assertColor(Color.GREEN, image, 75, 75);
		assertEquals("1", CategorizedStyle.keyOf(1L));
		assertEquals("1", CategorizedStyle.keyOf(1.0));
		assertEquals("1.5", CategorizedStyle.keyOf(1.5));
	}

	@Test
	void selectedFeaturesAreHighlightedAndOthersAreNot() {
		FeatureCollection features = fourSquares(10.0, 20.0, 30.0, 40.0);
		MapContent map = new MapContent();
		VectorLayer layer = new VectorLayer("buurten", features, null, BASE.withFill(Color.WHITE));
		map.addLayer(layer);
		map.setSelection(layer, List.of(features.getFeatures().get(1)));
		BufferedImage image = renderer.renderToImage(viewport, map.layers());
		Color selected = new Color(image.getRGB(75, 25));
		assertTrue(selected.getRed() < 200 && selected.getBlue() > 200, "highlighted: " + selected);
		assertColor(Color.WHITE, image, 25, 75);
		assertEquals(1, layer.getSelection().size());
		BufferedImage exported = renderer.withoutSelection().renderToImage(viewport, map.layers());
		assertColor(Color.WHITE, exported, 75, 25);
	}

	/**
	 * Four 50 x 50 m squares with the given values; in the image the top left one covers pixel (25, 25), the
	 * bottom right one pixel (75, 75).
	 */
	private FeatureCollection fourSquares(Double topLeft, Double topRight, Double bottomLeft, Double bottomRight) {
		List<Feature> features = new ArrayList<>();
		features.add(feature("tl", square(0, 50), topLeft));
		features.add(feature("tr", square(50, 50), topRight));
		features.add(feature("bl", square(0, 0), bottomLeft));
		features.add(feature("br", square(50, 0), bottomRight));
		return new FeatureCollection(schema, features, Crs.RD_NEW);
	}

	private Feature feature(String name, Geometry geometry, Double value) {
		return new Feature(name, geometry, schema, new Object[] {name, value});
	}

	private Geometry square(double x, double y) {
		return factory.toGeometry(new org.locationtech.jts.geom.Envelope(X0 + x, X0 + x + 50, Y0 + y, Y0 + y + 50));
	}

	private static void assertColor(Color expected, BufferedImage image, int x, int y) {
		Color actual = new Color(image.getRGB(x, y), true);
		int tolerance = 2;
		assertTrue(Math.abs(expected.getRed() - actual.getRed()) <= tolerance
				&& Math.abs(expected.getGreen() - actual.getGreen()) <= tolerance
				&& Math.abs(expected.getBlue() - actual.getBlue()) <= tolerance,
				() -> "pixel (" + x + ", " + y + ") expected " + expected + " but was " + actual);
	}
}
