package nl.veerkracht.gis.core.io.geojson;

import static nl.veerkracht.gis.core.io.geojson.GeoJsonFiles.collection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;

class GeoJsonGeometryTest {

	@TempDir
	Path folder;

	private final GeometryFactory factory = new GeometryFactory();
	private final GeoJsonReader reader = new GeoJsonReader(factory);

	@Test
	void readsEveryGeometryType() throws Exception {
		FeatureCollection collection = read(collection(
				feature("{'type': 'Point', 'coordinates': [1, 2]}"),
				feature("{'type': 'MultiPoint', 'coordinates': [[1, 2], [3, 4.5]]}"),
				feature("{'type': 'LineString', 'coordinates': [[0, 0], [1, 1], [2, 0]]}"),
				feature("{'type': 'MultiLineString', 'coordinates': [[[0, 0], [1, 1]], [[5, 5], [6, 6]]]}"),
				feature("{'type': 'Polygon', 'coordinates': [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],"
						+ " [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]}"),
				feature("{'type': 'MultiPolygon', 'coordinates': [[[[0, 0], [1, 0], [1, 1], [0, 0]]],"
						+ " [[[5, 5], [6, 5], [6, 6], [5, 5]]]]}"),
				feature("{'type': 'GeometryCollection', 'geometries': [{'type': 'Point', 'coordinates': [1, 2]},"
						+ " {'type': 'LineString', 'coordinates': [[0, 0], [1, 1]]}]}")));
		String[] expected = {"POINT (1 2)", "MULTIPOINT ((1 2), (3 4.5))", "LINESTRING (0 0, 1 1, 2 0)",
			"MULTILINESTRING ((0 0, 1 1), (5 5, 6 6))",
			"POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))",
			"MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
			"GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))"};
		WKTReader wkt = new WKTReader();
		for (int i = 0; i < expected.length; i++) {
			Geometry geometry = collection.getFeatures().get(i).getGeometry();
			assertTrue(geometry.equalsExact(wkt.read(expected[i])), expected[i] + " vs " + geometry);
			assertSame(factory, geometry.getFactory());
		}
		assertEquals(96, collection.getFeatures().get(4).getGeometry().getArea());
		assertEquals(1, ((Polygon) collection.getFeatures().get(4).getGeometry()).getNumInteriorRing());
	}

	@Test
	void membersMayComeInAnyOrder() throws Exception {
		FeatureCollection collection = read("{'features': [{'properties': {'n': 1}, 'geometry': "
				+ "{'coordinates': [[1, 2], [3, 4]], 'bbox': [1, 2, 3, 4], 'type': 'LineString'}, 'type': 'Feature'}],"
				+ " 'type': 'FeatureCollection'}");
		assertEquals("LINESTRING (1 2, 3 4)", collection.getFeatures().get(0).getGeometry().toText());
		assertEquals(1L, collection.getFeatures().get(0).getAttribute("n"));
	}

	@Test
	void crsMemberIsDetectedBeforeOrAfterFeatures() throws Exception {
		String point = feature("{'type': 'Point', 'coordinates': [155000, 463000]}");
		String crs = "'crs': {'type': 'name', 'properties': {'name': 'urn:ogc:def:crs:EPSG::28992'}}";
		assertEquals(Crs.RD_NEW, read("{'type': 'FeatureCollection', " + crs + ", 'features': [" + point + "]}")
				.getCrs());
		assertEquals(Crs.RD_NEW, read("{'type': 'FeatureCollection', 'features': [" + point + "], " + crs + "}")
				.getCrs());
		assertEquals(Crs.WGS84, read(collection(point)).getCrs());
	}

	@Test
	void singleFeatureAndBareGeometryAreOneFeatureCollections() throws Exception {
		FeatureCollection feature = read("{'type': 'Feature', 'id': 'f', 'properties': {'naam': 'Baarn'},"
				+ " 'geometry': {'type': 'Point', 'coordinates': [5.28, 52.21]}}");
		assertEquals(1, feature.size());
		assertEquals("f", feature.getFeatures().get(0).getId());
		assertEquals("Baarn", feature.getFeatures().get(0).getAttribute("naam"));

		FeatureCollection geometry = read("{'coordinates': [[0, 0], [2, 0], [2, 2], [0, 0]], 'type': 'MultiPoint'}");
		assertEquals(1, geometry.size());
		assertEquals(0, geometry.getSchema().size());
		assertEquals(4, geometry.getFeatures().get(0).getGeometry().getNumPoints());
	}

	@Test
	void nullAndEmptyGeometriesAreEmpty() throws Exception {
		FeatureCollection collection = read(collection(feature("null"),
				feature("{'type': 'Polygon', 'coordinates': []}"), feature("{'type': 'Point', 'coordinates': []}"),
				"{'type': 'Feature', 'properties': null}"));
		for (var item : collection.getFeatures()) {
			assertTrue(item.getGeometry().isEmpty(), item::toString);
		}
		assertTrue(collection.getEnvelope().isNull());
	}

	@Test
	void thirdOrdinateIsKeptAndFurtherOnesIgnored() throws Exception {
		FeatureCollection collection = read(collection(feature("{'type': 'Point', 'coordinates': [1, 2, 3, 4]}")));
		assertEquals(3.0, collection.getFeatures().get(0).getGeometry().getCoordinate().getZ());
	}

	@Test
	void utf8ByteOrderMarkIsAccepted() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
		bytes.write(collection(GeoJsonFiles.pointFeature("{'naam': 'Zuidoost-Beemster'}")).replace('\'', '"')
				.getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(folder.resolve("bom.geojson"), bytes.toByteArray());
		FeatureCollection collection = reader.read(file);
		assertEquals("Zuidoost-Beemster", collection.getFeatures().get(0).getAttribute("naam"));
	}

	private FeatureCollection read(String json) throws Exception {
		return reader.read(GeoJsonFiles.write(folder, "test.geojson", json));
	}

	private static String feature(String geometry) {
		return "{'type': 'Feature', 'properties': {}, 'geometry': " + geometry + "}";
	}
}
