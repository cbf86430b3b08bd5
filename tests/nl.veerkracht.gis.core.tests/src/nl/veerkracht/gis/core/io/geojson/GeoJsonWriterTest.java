package nl.veerkracht.gis.core.io.geojson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.testsupport.SharedData;

/** The GeoJSON writer: RFC 7946 output that the reader turns back into the same features. */
class GeoJsonWriterTest {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	@TempDir
	Path folder;

	@Test
	void valuesOfEveryTypeAndGeometriesSurviveTheRoundTrip() throws Exception {
		FeatureCollection layer = sample(Crs.WGS84);
		Path file = folder.resolve("wijken.geojson");

		new GeoJsonWriter().write(file, layer, ProgressListener.NONE);

		assertSameLayer(layer, new GeoJsonReader().read(file));
	}

	@Test
	void rdNewIsReprojectedToWgs84ByDefault() throws Exception {
		FeatureCollection layer = sample(Crs.RD_NEW);
		Path file = folder.resolve("rd.geojson");

		new GeoJsonWriter().write(file, layer, ProgressListener.NONE);
		FeatureCollection read = new GeoJsonReader().read(file);

		assertEquals(Crs.WGS84, read.getCrs());
		assertFalse(Files.readString(file).contains("\"crs\""), "RFC 7946 has no crs member");
		CrsTransform toWgs84 = new CrsTransform(Crs.RD_NEW, Crs.WGS84);
		for (int i = 0; i < layer.size(); i++) {
			Geometry expected = toWgs84.transform(layer.getFeatures().get(i).getGeometry());
			assertTrue(expected.equalsExact(read.getFeatures().get(i).getGeometry()), () -> "got "
					+ read.getFeatures().get(0).getGeometry());
		}
		Coordinate amersfoort = read.getFeatures().get(0).getGeometry().getCoordinate();
		assertEquals(5.3876, amersfoort.x, 1e-3);
		assertEquals(52.1552, amersfoort.y, 1e-3);
	}

	@Test
	void keepingCrsWritesTheLegacyCrsMember() throws Exception {
		FeatureCollection layer = sample(Crs.RD_NEW);
		Path file = folder.resolve("rd.geojson");

		GeoJsonWriter.keepingCrs().write(file, layer, ProgressListener.NONE);

		assertTrue(Files.readString(file).contains("\"crs\":{\"type\":\"name\",\"properties\":"
				+ "{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}"));
		assertSameLayer(layer, new GeoJsonReader().read(file));
	}

	@Test
	void realWijkenRoundTripExactly() throws Exception {
		FeatureCollection zaanstad = new GeoJsonReader().read(SharedData.file("zaanstad/wijk_zaanstad.geojson"));
		FeatureCollection rotterdam = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));

		GeoJsonWriter.keepingCrs().write(folder.resolve("zaanstad.geojson"), zaanstad, ProgressListener.NONE);
		new GeoJsonWriter().write(folder.resolve("rotterdam.geojson"), rotterdam, ProgressListener.NONE);

		assertSameLayer(zaanstad, new GeoJsonReader().read(folder.resolve("zaanstad.geojson")));
		assertSameLayer(rotterdam, new GeoJsonReader().read(folder.resolve("rotterdam.geojson")));
	}

	@Test
	void theRegisteredFormatWritesExactlyOneLayer() throws Exception {
		GeoJsonFormat format = new GeoJsonFormat();
		Path file = folder.resolve("twee.geojson");

		DataSourceException e = assertThrows(DataSourceException.class,
				() -> format.write(file, List.of(sample(Crs.WGS84), sample(Crs.WGS84)), ProgressListener.NONE));

		assertEquals("twee.geojson: a GeoJSON file holds exactly one layer, not 2", e.getMessage());
		format.write(file, List.of(sample(Crs.WGS84)), ProgressListener.NONE);
		assertEquals(4, format.read(file, ProgressListener.NONE).get(0).size());
	}

	@Test
	void cancelledWriteLeavesTheExistingFileAndNoTemporaryFile() throws Exception {
		Path file = folder.resolve("bestaand.geojson");
		new GeoJsonWriter().write(file, sample(Crs.WGS84), ProgressListener.NONE);
		byte[] before = Files.readAllBytes(file);
		List<Long> reports = new ArrayList<>();

		assertThrows(CancellationException.class, () -> new GeoJsonWriter().write(file, squares(300),
				(done, total) -> reports.add(done) && done < 128));

		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(64L, 128L), reports);
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("bestaand.geojson"), files.map(f -> f.getFileName().toString()).toList());
		}
	}

	@Test
	void writingIntoAMissingFolderFails() {
		Path file = folder.resolve("weg").resolve("uit.geojson");

		DataSourceException e = assertThrows(DataSourceException.class,
				() -> new GeoJsonWriter().write(file, sample(Crs.WGS84), ProgressListener.NONE));

		assertTrue(e.getMessage().startsWith("uit.geojson: the folder "), e.getMessage());
	}

	private static FeatureCollection sample(Crs crs) {
		FeatureSchema schema = new FeatureSchema("wijken", List.of(
				new AttributeDescriptor("naam", AttributeType.STRING),
				new AttributeDescriptor("inwoners", AttributeType.INTEGER),
				new AttributeDescriptor("aandeel", AttributeType.REAL),
				new AttributeDescriptor("stedelijk", AttributeType.BOOLEAN)));
		double x = crs.isGeographic() ? 5.3876 : 155000;
		double y = crs.isGeographic() ? 52.1552 : 463000;
		Polygon withHole = FACTORY.createPolygon(ring(x, y, 1000), new LinearRing[] { ring(x + 100, y + 100, 10) });
		List<Feature> features = List.of(
				new Feature("1", FACTORY.createPoint(new Coordinate(x, y)), schema,
						new Object[] { "Centrum \"oud\" – ë", Long.MAX_VALUE, 0.1, true }),
				new Feature("WK0001", withHole, schema, new Object[] { null, null, null, null }),
				new Feature("3", FACTORY.createMultiPolygon(new Polygon[] { FACTORY.createPolygon(ring(x, y, 3)),
						FACTORY.createPolygon(ring(x + 10, y, 1e-7)) }), schema,
						new Object[] { "", -99995L, 5.0, false }),
				new Feature("4", FACTORY.createGeometryCollection(), schema,
						new Object[] { "zonder geometrie", 0L, 1.0E-7, null }));
		return new FeatureCollection(schema, features, crs);
	}

	private static FeatureCollection squares(int count) {
		FeatureSchema schema = new FeatureSchema("vakjes", List.of());
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			features.add(new Feature(String.valueOf(i + 1), FACTORY.createPolygon(ring(i, 0, 1)), schema,
					new Object[0]));
		}
		return new FeatureCollection(schema, features, Crs.WGS84);
	}

	private static LinearRing ring(double x, double y, double size) {
		return FACTORY.createLinearRing(new Coordinate[] { new Coordinate(x, y), new Coordinate(x + size, y),
				new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y) });
	}

	private static void assertSameLayer(FeatureCollection expected, FeatureCollection actual) {
		assertEquals(expected.getCrs(), actual.getCrs());
		assertEquals(expected.getSchema().getAttributes(), actual.getSchema().getAttributes());
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			Feature want = expected.getFeatures().get(i);
			Feature got = actual.getFeatures().get(i);
			assertEquals(want.getId(), got.getId());
			assertEquals(want.getGeometry().getGeometryType(), got.getGeometry().getGeometryType());
			assertTrue(want.getGeometry().equalsExact(got.getGeometry()), () -> "feature " + want.getId());
			for (int a = 0; a < expected.getSchema().size(); a++) {
				assertEquals(want.getAttribute(a), got.getAttribute(a), "feature " + want.getId() + " attribute " + a);
			}
		}
	}
}
