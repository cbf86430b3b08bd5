package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.testsupport.SharedData;

/** The 78 real Rotterdam buurten labelled with their names at city scale. */
class RotterdamLabelTest {

	@Test
	void buurtNamesLandInsideTheirBuurtenWithoutOverlapping() throws Exception {
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		VectorLayer layer = new VectorLayer("Buurten", buurten, null,
				new SingleSymbolStyle(SimpleStyle.defaults(), LabelStyle.of("buurtnaam")));
		Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(0, 0), 1, 1280, 1024)
				.zoomToEnvelope(layer.getEnvelope(Crs.RD_NEW), 0.02);
		BufferedImage image = new BufferedImage(1280, 1024, BufferedImage.TYPE_INT_ARGB);
		List<PlacedLabel> placed = new MapLabeler(viewport).draw(image.createGraphics(), List.of(layer),
				RenderMonitor.NONE);

		assertTrue(placed.size() >= 20, "many of the 78 buurten get a name: " + placed.size());
		assertTrue(placed.size() < 78, "but not the small ones at this scale: " + placed.size());
		Map<String, List<Geometry>> byName = new HashMap<>();
		for (ProjectedFeature buurt : layer.query(Crs.RD_NEW, viewport.visibleEnvelope())) {
			byName.computeIfAbsent(String.valueOf(buurt.feature().getAttribute("buurtnaam")), n -> new ArrayList<>())
					.add(buurt.geometry());
		}
		for (int a = 0; a < placed.size(); a++) {
			PlacedLabel label = placed.get(a);
			Coordinate centre = viewport.toWorld(label.box().getCenterX(), label.box().getCenterY());
			assertTrue(byName.get(label.text()).stream().anyMatch(b -> b.contains(b.getFactory().createPoint(centre))),
					label.text() + " lies in its buurt");
			for (int b = a + 1; b < placed.size(); b++) {
				assertFalse(label.box().intersects(placed.get(b).box()), label.text() + " / " + placed.get(b).text());
			}
		}
		int dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				Color c = new Color(image.getRGB(x, y), true);
				if (c.getAlpha() > 200 && c.getRed() < 0x60 && c.getGreen() < 0x60 && c.getBlue() < 0x60) {
					dark++;
				}
			}
		}
		assertTrue(dark > placed.size() * 20, "the names are drawn: " + dark + " dark pixels");
	}
}
