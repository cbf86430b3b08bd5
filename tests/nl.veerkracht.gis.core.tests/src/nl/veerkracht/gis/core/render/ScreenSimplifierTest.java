package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.testsupport.SharedData;

class ScreenSimplifierTest {

	private static final double BOUND = ScreenSimplifier.MIN_STEP + ScreenSimplifier.TOLERANCE;
	private static final Color RED = new Color(255, 0, 0);

	private final GeometryFactory factory = new GeometryFactory();

	@Test
	void denseWobblyRingStaysWithinThreeQuartersOfAPixelWithFarFewerVertices() {
		Random random = new Random(5);
		List<double[]> ring = new ArrayList<>();
		int n = 20_000;
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n;
			double radius = 200 + 0.1 * random.nextGaussian();
			ring.add(new double[] {300 + radius * Math.cos(angle), 300 + radius * Math.sin(angle)});
		}
		ring.add(ring.get(0));
		ScreenSimplifier simplifier = new ScreenSimplifier();
		List<double[]> result = simplify(simplifier, ring, true);

		assertTrue(result.size() < ring.size() / 10, () -> "kept " + result.size() + " of " + ring.size());
		assertTrue(result.size() > 20, () -> "a circle of 200 px radius needs more than 20 vertices: " + result.size());
		Set<String> input = new HashSet<>();
		ring.forEach(p -> input.add(p[0] + "," + p[1]));
		for (double[] p : result) {
			assertTrue(input.contains(p[0] + "," + p[1]), "result vertices are input vertices");
		}
		assertArrayEqualsPoint(ring.get(0), result.get(0));
		assertArrayEqualsPoint(ring.get(ring.size() - 1), result.get(result.size() - 1));
		for (double[] p : ring) {
			double distance = distanceToPolyline(p, result);
			assertTrue(distance <= BOUND + 1e-9, () -> "vertex " + p[0] + "," + p[1] + " is " + distance + " px away");
		}
	}

	@Test
	void jitteryLinesOfTinyStepsStayWithinThreeQuartersOfAPixel() {
		Random random = new Random(11);
		ScreenSimplifier simplifier = new ScreenSimplifier();
		for (int line = 0; line < 200; line++) {
			List<double[]> walk = new ArrayList<>();
			double x = 0;
			double y = 0;
			for (int i = 0; i < 300; i++) {
				walk.add(new double[] {x, y});
				x += 0.15 * random.nextGaussian() + 0.05;
				y += 0.15 * random.nextGaussian();
			}
			List<double[]> result = simplify(simplifier, walk, false);
			assertArrayEqualsPoint(walk.get(walk.size() - 1), result.get(result.size() - 1));
			for (double[] p : walk) {
				double distance = distanceToPolyline(p, result);
				assertTrue(distance <= BOUND + 1e-9, () -> "vertex is " + distance + " px away");
			}
		}
	}

	@Test
	void verticesOnAStraightEdgeAreDropped() {
		List<double[]> square = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			square.add(new double[] {10 + i * 0.8, 10});
		}
		for (int i = 0; i < 100; i++) {
			square.add(new double[] {90, 10 + i * 0.8});
		}
		for (int i = 0; i < 100; i++) {
			square.add(new double[] {90 - i * 0.8, 90});
		}
		for (int i = 0; i < 100; i++) {
			square.add(new double[] {10, 90 - i * 0.8});
		}
		square.add(square.get(0));
		List<double[]> result = simplify(new ScreenSimplifier(), square, true);
		assertEquals(5, result.size(), "four corners and the closing point");
		assertArrayEqualsPoint(new double[] {90, 10}, result.get(1));
		assertArrayEqualsPoint(new double[] {90, 90}, result.get(2));
		assertArrayEqualsPoint(new double[] {10, 90}, result.get(3));
	}

	@Test
	void smallTriangleKeepsItsThreeCorners() {
		List<double[]> triangle = List.of(new double[] {0, 0}, new double[] {1.2, 0}, new double[] {0.6, 0.8},
				new double[] {0, 0});
		List<double[]> result = simplify(new ScreenSimplifier(), triangle, true);
		assertEquals(4, result.size());
	}

	@Test
	void thinSliverIsNotFlattenedIntoALine() {
		List<double[]> sliver = new ArrayList<>();
		for (int i = 0; i <= 40; i++) {
			sliver.add(new double[] {i, 0});
		}
		for (int i = 40; i >= 0; i--) {
			sliver.add(new double[] {i, 0.4});
		}
		sliver.add(sliver.get(0));
		List<double[]> result = simplify(new ScreenSimplifier(), sliver, true);
		Set<String> distinct = new HashSet<>();
		result.forEach(p -> distinct.add(p[0] + "," + p[1]));
		assertTrue(distinct.size() >= 3, () -> "distinct vertices: " + distinct);
	}

	@Test
	void openLineKeepsBothEndsAndTheLastVertexEvenWhenItIsClose() {
		List<double[]> line = List.of(new double[] {0, 0}, new double[] {5, 3}, new double[] {10, 0},
				new double[] {10.1, 0.1});
		List<double[]> result = simplify(new ScreenSimplifier(), line, false);
		assertArrayEqualsPoint(new double[] {0, 0}, result.get(0));
		assertArrayEqualsPoint(new double[] {10.1, 0.1}, result.get(result.size() - 1));
		assertEquals(3, result.size());
	}

	@Test
	void buffersGrowForLongRingsAndAreReused() {
		ScreenSimplifier simplifier = new ScreenSimplifier();
		List<double[]> zigzag = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			zigzag.add(new double[] {i, i % 2 == 0 ? 0 : 3});
		}
		assertEquals(5000, simplify(simplifier, zigzag, false).size(), "every zigzag corner is 3 px off");
		List<double[]> dot = List.of(new double[] {0, 0}, new double[] {0.1, 0.1});
		assertEquals(2, simplify(simplifier, dot, false).size());
	}

	@Test
	void holeOfAFinelyDrawnPolygonStaysEmpty() {
		Polygon polygon = factory.createPolygon(denseSquare(0, 100, 400),
				new LinearRing[] {denseSquare(40, 60, 400)});
		Path2D path = new ScreenPathBuilder(new AffineTransform()).polygons(List.of(polygon));
		assertTrue(path.contains(20, 20));
		assertFalse(path.contains(50, 50), "inside the hole");
		assertTrue(path.contains(50, 30));
		assertTrue(segments(path) <= 12, () -> "two rings of four corners, closing included: " + segments(path));
	}

	@Test
	void renderedCircleMatchesTheExactShapeAwayFromItsEdge() {
		int n = 50_000;
		Coordinate[] ring = new Coordinate[n + 1];
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n;
			ring[i] = new Coordinate(100 + 80 * Math.cos(angle), 100 + 80 * Math.sin(angle));
		}
		ring[n] = ring[0];
		Geometry circle = factory.createPolygon(ring);
		FeatureSchema schema = new FeatureSchema("test", List.of());
		VectorLayer layer = new VectorLayer("circle", new FeatureCollection(schema,
				List.of(new Feature("1", circle, schema, new Object[0])), Crs.RD_NEW), null,
				new SimpleStyle(RED, null, 0, 1, 6));
		Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(100, 100), 1, 200, 200);
		BufferedImage image = new MapRenderer(Color.WHITE).renderToImage(viewport, List.of(layer));
		for (int x = 0; x < 200; x++) {
			for (int y = 0; y < 200; y++) {
				double fromCentre = Math.hypot(x + 0.5 - 100, y + 0.5 - 100);
				if (fromCentre < 80 - 1.5) {
					assertEquals(RED.getRGB(), image.getRGB(x, y), "inside at " + x + "," + y);
				} else if (fromCentre > 80 + 1.5) {
					assertEquals(Color.WHITE.getRGB(), image.getRGB(x, y), "outside at " + x + "," + y);
				}
			}
		}
	}

	@Test
	void nationalWijkenAtNationalScaleNeedLessThanHalfTheirVertices() throws Exception {
		FeatureCollection wijken = new GeoJsonReader().read(SharedData.file("nederland/wijken_2024.geojson"));
		VectorLayer layer = new VectorLayer("Wijken", wijken, null, SimpleStyle.defaults());
		Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(0, 0), 1, 1280, 1024)
				.zoomToEnvelope(layer.getEnvelope(Crs.RD_NEW), 0.05);
		ScreenPathBuilder builder = new ScreenPathBuilder(viewport.worldToScreen());
		int vertices = 0;
		int segments = 0;
		for (ProjectedFeature feature : layer.query(Crs.RD_NEW, viewport.visibleEnvelope())) {
			List<Polygon> polygons = new ArrayList<>();
			for (int i = 0; i < feature.geometry().getNumGeometries(); i++) {
				polygons.add((Polygon) feature.geometry().getGeometryN(i));
			}
			vertices += feature.geometry().getNumPoints();
			segments += segments(builder.polygons(polygons));
		}
		int total = vertices;
		int drawn = segments;
		assertTrue(total > 130_000, () -> "vertices: " + total);
		assertTrue(drawn < total / 2, () -> "path segments " + drawn + " of " + total + " vertices");
	}

	private LinearRing denseSquare(double min, double max, int perSide) {
		List<Coordinate> coordinates = new ArrayList<>();
		double step = (max - min) / perSide;
		for (int i = 0; i < perSide; i++) {
			coordinates.add(new Coordinate(min + i * step, min));
		}
		for (int i = 0; i < perSide; i++) {
			coordinates.add(new Coordinate(max, min + i * step));
		}
		for (int i = 0; i < perSide; i++) {
			coordinates.add(new Coordinate(max - i * step, max));
		}
		for (int i = 0; i < perSide; i++) {
			coordinates.add(new Coordinate(min, max - i * step));
		}
		coordinates.add(coordinates.get(0));
		return factory.createLinearRing(coordinates.toArray(Coordinate[]::new));
	}

	private static List<double[]> simplify(ScreenSimplifier simplifier, List<double[]> points, boolean ring) {
		simplifier.begin(points.size());
		for (double[] p : points) {
			simplifier.add(p[0], p[1]);
		}
		int size = simplifier.finish(ring);
		assertEquals(size, simplifier.size());
		List<double[]> result = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			result.add(new double[] {simplifier.x(i), simplifier.y(i)});
		}
		return result;
	}

	private static double distanceToPolyline(double[] p, List<double[]> polyline) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i + 1 < polyline.size(); i++) {
			double[] a = polyline.get(i);
			double[] b = polyline.get(i + 1);
			best = Math.min(best, Line2D.ptSegDist(a[0], a[1], b[0], b[1], p[0], p[1]));
		}
		return best;
	}

	private static int segments(Path2D path) {
		int count = 0;
		for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
			count++;
		}
		return count;
	}

	private static void assertArrayEqualsPoint(double[] expected, double[] actual) {
		assertEquals(expected[0], actual[0], 1e-12);
		assertEquals(expected[1], actual[1], 1e-12);
	}
}
