package nl.veerkracht.gis.core.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class CrsTransformTest {

	private static final double DEGREE_TOLERANCE = 1e-5;
	private static final double HALF_MILLIMETRE = 0.0005;

	private final GeometryFactory factory = new GeometryFactory();
	private final CrsTransform rdToWgs84 = new CrsTransform(Crs.RD_NEW, Crs.WGS84);
	private final CrsTransform wgs84ToRd = new CrsTransform(Crs.WGS84, Crs.RD_NEW);

	@Test
	void amersfoortOriginMapsToKnownWgs84Position() {
		Coordinate wgs84 = rdToWgs84.transform(new Coordinate(155000, 463000));
		assertEquals(5.38720, wgs84.getX(), DEGREE_TOLERANCE);
		assertEquals(52.15517, wgs84.getY(), DEGREE_TOLERANCE);
	}

	@Test
	void roundTripRdWgs84RdIsWithinHalfAMillimetre() {
		// Amersfoort, Rotterdam, Zaandam, Maastricht. Only x and y take part, so the ellipsoidal height that the
		// datum shift adds (about 43 m) is lost; that limits the round trip to about 0.45 mm here.
		for (Coordinate rd : List.of(new Coordinate(155000, 463000), new Coordinate(92500, 437500),
				new Coordinate(115000, 495000), new Coordinate(176000, 317000))) {
			Coordinate back = wgs84ToRd.transform(rdToWgs84.transform(rd));
			assertEquals(rd.getX(), back.getX(), HALF_MILLIMETRE, () -> "x of " + rd);
			assertEquals(rd.getY(), back.getY(), HALF_MILLIMETRE, () -> "y of " + rd);
		}
	}

	@Test
	void transformKeepsZAndDoesNotChangeTheInput() {
		Coordinate input = new Coordinate(155000, 463000, 12.5);
		Coordinate output = rdToWgs84.transform(input);
		assertEquals(12.5, output.getZ());
		assertEquals(155000, input.getX());
	}

	@Test
	void identityTransformReturnsTheGeometryItself() {
		Geometry point = factory.createPoint(new Coordinate(1, 2));
		CrsTransform identity = new CrsTransform(Crs.RD_NEW, Crs.forCode("EPSG:28992"));
		assertTrue(identity.isIdentity());
		assertSame(point, identity.transform(point));
	}

	@Test
	void transformsPolygonWithHoleAndLeavesSourceUntouched() {
		Polygon square = square(155000, 463000, 1000, 200);
		Geometry wgs84 = rdToWgs84.transform(square);
		assertEquals("Polygon", wgs84.getGeometryType());
		assertEquals(1, ((Polygon) wgs84).getNumInteriorRing());
		assertEquals(5.38720, wgs84.getCoordinates()[0].getX(), DEGREE_TOLERANCE);
		assertEquals(155000, square.getCoordinates()[0].getX());
		assertEquals(wgs84.getCoordinates()[0].getX(), wgs84.getEnvelopeInternal().getMinX(), 1e-3);
	}

	@Test
	void transformsMultiGeometriesAndCollections() {
		Geometry collection = factory.createGeometryCollection(new Geometry[] {
			factory.createMultiPolygon(new Polygon[] {square(155000, 463000, 100, 0), square(156000, 463000, 100, 0)}),
			factory.createLineString(new Coordinate[] {new Coordinate(155000, 463000), new Coordinate(156000, 464000)}),
			factory.createMultiPointFromCoords(new Coordinate[] {new Coordinate(155000, 463000)})});
		Geometry wgs84 = rdToWgs84.transform(collection);
		assertEquals(collection.getNumPoints(), wgs84.getNumPoints());
		for (Coordinate coordinate : wgs84.getCoordinates()) {
			assertTrue(coordinate.getX() > 5.3 && coordinate.getX() < 5.5, coordinate::toString);
			assertTrue(coordinate.getY() > 52.1 && coordinate.getY() < 52.2, coordinate::toString);
		}
		Geometry back = wgs84ToRd.transform(wgs84);
		assertTrue(back.equalsExact(collection, HALF_MILLIMETRE));
	}

	@Test
	void concurrentUseGivesTheSameResultsAsSequentialUse() throws Exception {
		Coordinate expected = rdToWgs84.transform(new Coordinate(120000, 480000));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Coordinate>> results = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				results.add(pool.submit(() -> rdToWgs84.transform(new Coordinate(120000, 480000))));
			}
			for (Future<Coordinate> result : results) {
				assertTrue(result.get().equals2D(expected), result.get()::toString);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private Polygon square(double minX, double minY, double size, double holeSize) {
		LinearRing shell = ring(minX, minY, size);
		LinearRing[] holes = holeSize > 0
				? new LinearRing[] {ring(minX + (size - holeSize) / 2, minY + (size - holeSize) / 2, holeSize)}
				: new LinearRing[0];
		return factory.createPolygon(shell, holes);
	}

	private LinearRing ring(double minX, double minY, double size) {
		return factory.createLinearRing(new Coordinate[] {new Coordinate(minX, minY),
			new Coordinate(minX + size, minY), new Coordinate(minX + size, minY + size),
			new Coordinate(minX, minY + size), new Coordinate(minX, minY)});
	}
}
