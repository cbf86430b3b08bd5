package nl.veerkracht.gis.core.io.geojson;

import static nl.veerkracht.gis.core.io.geojson.GeoJsonFiles.collection;
import static nl.veerkracht.gis.core.io.geojson.GeoJsonFiles.pointFeature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.io.DataSourceException;

class GeoJsonErrorTest {

	private static final String SQUARE = "[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]";

	@TempDir
	Path folder;

	@Test
	void trailingCommaReportsJacksonPosition() throws Exception {
		DataSourceException e = read("{'type': 'FeatureCollection', 'features': [\n"
				+ pointFeature("{}") + ",\n]}");
		assertEquals(OptionalInt.of(3), e.getLine());
		assertEquals(OptionalInt.of(1), e.getColumn());
		assertTrue(e.getMessage().startsWith("broken.geojson, line 3, column 1: Unexpected character (']'"),
				e.getMessage());
	}

	@Test
	void truncatedFileIsReported() throws Exception {
		DataSourceException e = read("{'type': 'FeatureCollection', 'features': [" + pointFeature("{}"));
		assertTrue(e.getLine().isPresent());
		assertTrue(e.getReason().contains("end-of-input"), e.getMessage());
	}

	@Test
	void polygonWithoutCoordinatesNamesTheFeature() throws Exception {
		DataSourceException e = read(collection(pointFeature("{}"),
				"{'type': 'Feature', 'properties': {},\n  'geometry': {'type': 'Polygon'}}"));
		assertEquals("broken.geojson, line 3, column 15: feature 2: Polygon has no 'coordinates' member",
				e.getMessage());
	}

	@Test
	void unknownGeometryTypeNamesTheFeature() throws Exception {
		DataSourceException e = read(collection(feature("{'type': 'Polygoon', 'coordinates': [" + SQUARE + "]}")));
		assertTrue(e.getMessage().endsWith("feature 1: unknown geometry type 'Polygoon'"), e.getMessage());
	}

	@Test
	void shortRingNamesTheFeatureAndRing() throws Exception {
		DataSourceException e = read(collection(pointFeature("{}"), pointFeature("{}"),
				feature("{'type': 'Polygon', 'coordinates': [" + SQUARE + ", [[0, 0], [1, 1], [0, 0]]]}")));
		assertTrue(e.getMessage().endsWith(
				"feature 3: Polygon ring 2 has 3 positions; a linear ring needs at least 4"), e.getMessage());
		assertTrue(e.getLine().isPresent() && e.getColumn().isPresent());
	}

	@Test
	void unclosedRingIsReported() throws Exception {
		DataSourceException e = read(collection(feature("{'type': 'Polygon', 'coordinates': "
				+ "[[[0, 0], [1, 0], [1, 1], [0, 1]]]}")));
		assertTrue(e.getReason().contains("ring 1 is not closed"), e.getMessage());
	}

	@Test
	void wronglyNestedCoordinatesAreReported() throws Exception {
		DataSourceException e = read(collection(feature("{'type': 'Polygon', 'coordinates': " + SQUARE + "}")));
		assertTrue(e.getReason().endsWith(
				"Polygon coordinates must be an array of linear rings (arrays of positions)"), e.getMessage());
	}

	@Test
	void nonNumericPositionIsReportedAtItsToken() throws Exception {
		DataSourceException e = read(collection(feature("{'type': 'Point',\n'coordinates': [1, 'two']}")));
		assertEquals(OptionalInt.of(2), e.getLine());
		assertEquals(OptionalInt.of(20), e.getColumn());
		assertTrue(e.getReason().contains("feature 1: a position must contain only numbers, found the string \"two\""),
				e.getMessage());
	}

	@Test
	void unknownCrsIsReported() throws Exception {
		DataSourceException e = read("{'type': 'FeatureCollection', 'features': [],"
				+ " 'crs': {'type': 'name', 'properties': {'name': 'EPSG:99999'}}}");
		assertTrue(e.getReason().contains("EPSG:99999"), e.getMessage());
		assertEquals(OptionalInt.of(1), e.getLine());
	}

	@Test
	void nonGeoJsonDocumentsAreReported() throws Exception {
		assertTrue(read("{'name': 'x'}").getReason().contains("no 'type' member"));
		assertTrue(read("{'type': 'Topology'}").getReason().contains("unsupported GeoJSON type 'Topology'"));
		assertTrue(read("{'type': 'FeatureCollection'}").getReason().contains("no 'features' member"));
		assertTrue(read("[1, 2]").getReason().contains("expected a GeoJSON object"));
		assertTrue(read("").getReason().contains("expected a GeoJSON object but found the end of the file"));
		assertTrue(read(collection() + " {}").getReason().contains("unexpected content after the end"));
		assertTrue(read(collection("{'type': 'Fature'}")).getReason()
				.contains("feature 1: expected type 'Feature' but found 'Fature'"));
	}

	@Test
	void missingFileIsReported() {
		Path missing = folder.resolve("missing.geojson");
		DataSourceException e = assertThrows(DataSourceException.class, () -> new GeoJsonReader().read(missing));
		assertTrue(e.getMessage().startsWith("missing.geojson: cannot read the file"), e.getMessage());
		assertEquals(missing, e.getFile());
	}

	private DataSourceException read(String json) throws Exception {
		Path file = GeoJsonFiles.write(folder, "broken.geojson", json);
		return assertThrows(DataSourceException.class, () -> new GeoJsonReader().read(file));
	}

	private static String feature(String geometry) {
		return "{'type': 'Feature', 'properties': {}, 'geometry': " + geometry + "}";
	}
}
