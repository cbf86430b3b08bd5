package nl.veerkracht.gis.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.testsupport.SharedData;

class FeaturePickerTest {

	private static final FeatureSchema SCHEMA = new FeatureSchema("t", List.of(new AttributeDescriptor("naam", AttributeType.STRING)));
	private static final SimpleStyle FILLED = SimpleStyle.defaults();
	private static final SimpleStyle OUTLINE = SimpleStyle.defaults().withFill(null);

	private static FeatureCollection rotterdam;

	@BeforeAll
	static void readRotterdam() throws Exception {
		rotterdam = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
	}

	@Test
	void aClickInsideARotterdamBuurtPicksThatBuurtAndNoNeighbourWhoseBoxAlsoContainsThePoint() {
		VectorLayer layer = new VectorLayer("buurten", rotterdam, Path.of("buurten.geojson"), FILLED);
		List<ProjectedFeature> all = layer.query(Crs.RD_NEW, layer.getEnvelope(Crs.RD_NEW));
		int checkedWithOverlappingBoxes = 0;
		for (ProjectedFeature buurt : all) {
			Coordinate inside = buurt.geometry().getInteriorPoint().getCoordinate();
			List<Feature> hits = FeaturePicker.at(layer, Crs.RD_NEW, inside, 0);
			assertEquals(List.of(buurt.feature()), hits, "a point inside " + buurt.feature().getAttribute("buurtnaam"));
			if (layer.query(Crs.RD_NEW, new Envelope(inside)).size() > 1) {
				checkedWithOverlappingBoxes++;
			}
		}
		assertTrue(checkedWithOverlappingBoxes > 5, "the real geometry decides, not the bounding boxes: "
				+ checkedWithOverlappingBoxes + " points lie in several boxes");
	}

	@Test
	void toleranceReachesANearbyFeatureButNotAFarOne() throws ParseException {
		VectorLayer layer = layer(FILLED, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
		assertTrue(FeaturePicker.at(layer, Crs.RD_NEW, new Coordinate(12, 5), 1.5).isEmpty());
		assertEquals(1, FeaturePicker.at(layer, Crs.RD_NEW, new Coordinate(12, 5), 2.5).size());
	}

	@Test
	void theFeatureContainingThePointComesBeforeOneThatIsMerelyNear() throws ParseException {
		VectorLayer layer = layer(FILLED, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((11 0, 20 0, 20 10, 11 10, 11 0))");
		List<Feature> hits = FeaturePicker.at(layer, Crs.RD_NEW, new Coordinate(11.5, 5), 2);
		assertEquals(List.of("f1", "f0"), hits.stream().map(Feature::getId).toList());
	}

	@Test
	void ofOverlappingFeaturesTheOneDrawnOnTopComesFirst() throws ParseException {
		VectorLayer layer = layer(FILLED, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))");
		assertEquals("f1", FeaturePicker.at(layer, Crs.RD_NEW, new Coordinate(7, 7), 0).get(0).getId());
	}

	@Test
	void aPolygonDrawnWithoutFillIsHitOnItsOutlineOnly() throws ParseException {
		VectorLayer layer = layer(OUTLINE, "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
		assertTrue(FeaturePicker.at(layer, Crs.RD_NEW, new Coordinate(50, 50), 2).isEmpty());
		assertEquals(1, FeaturePicker.at(layer, Crs.RD_NEW, new Coordinate(50, 99), 2).size());
	}

	@Test
	void theTopmostVisibleLayerWithAHitWins() throws ParseException {
		VectorLayer bottom = layer(FILLED, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
		VectorLayer top = layer(FILLED, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
		VectorLayer elsewhere = layer(FILLED, "POLYGON ((50 50, 60 50, 60 60, 50 60, 50 50))");
		MapContent content = new MapContent();
		content.addLayer(bottom);
		content.addLayer(top);
		content.addLayer(elsewhere);
		assertSame(top, FeaturePicker.topmostAt(content, new Coordinate(5, 5), 0).orElseThrow().layer());
		content.setVisible(top, false);
		assertSame(bottom, FeaturePicker.topmostAt(content, new Coordinate(5, 5), 0).orElseThrow().layer());
		assertEquals(Optional.empty(), FeaturePicker.topmostAt(content, new Coordinate(30, 30), 1));
	}

	@Test
	void aBoxSelectsTheFeaturesItReallyIntersects() throws ParseException {
		VectorLayer layer = layer(FILLED, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
				"POLYGON ((20 0, 30 0, 30 10, 20 0))", "POLYGON ((40 0, 50 0, 50 10, 40 10, 40 0))");
		// the box touches the triangle's bounding box but not the triangle itself
		List<Feature> hits = FeaturePicker.in(layer, Crs.RD_NEW, new Envelope(8, 25, 8, 9.5));
		assertEquals(List.of("f0"), hits.stream().map(Feature::getId).toList());
		MapContent content = new MapContent();
		content.addLayer(layer);
		assertEquals(3, FeaturePicker.topmostIn(content, new Envelope(-1, 51, -1, 11)).orElseThrow().features().size());
	}

	@Test
	void selectionExtentCoversTheSelectedFeaturesInTheMapCrs() throws ParseException {
		VectorLayer layer = layer(FILLED, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((40 0, 50 0, 50 10, 40 10, 40 0))");
		MapContent content = new MapContent();
		content.addLayer(layer);
		assertTrue(SelectionExtent.of(content).isNull());
		content.setSelection(layer, List.of(layer.getFeatures().getFeatures().get(1)));
		assertEquals(new Envelope(40, 50, 0, 10), SelectionExtent.of(content));
	}

	@Test
	void modifiersReplaceAddOrToggle() {
		Feature a = feature("a");
		Feature b = feature("b");
		Feature c = feature("c");
		assertEquals(Set.of(c), SelectionMode.forModifiers(false, false).apply(List.of(a, b), List.of(c)));
		assertEquals(Set.of(a, b, c), SelectionMode.forModifiers(true, false).apply(List.of(a, b), List.of(c)));
		assertEquals(Set.of(a, c), SelectionMode.forModifiers(false, true).apply(List.of(a, b), List.of(b, c)));
		assertEquals(SelectionMode.TOGGLE, SelectionMode.forModifiers(true, true));
	}

	private static VectorLayer layer(SimpleStyle style, String... wkt) throws ParseException {
		WKTReader reader = new WKTReader();
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < wkt.length; i++) {
			features.add(new Feature("f" + i, reader.read(wkt[i]), SCHEMA, new Object[] { "f" + i }));
		}
		return new VectorLayer("t", new FeatureCollection(SCHEMA, features, Crs.RD_NEW), null, style);
	}

	private static Feature feature(String id) {
		return new Feature(id, new org.locationtech.jts.geom.GeometryFactory().createPoint(), SCHEMA, new Object[] { id });
	}

}
