package nl.veerkracht.scoring.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class QueenContiguityTest {

	@Test
	void cornersEdgesAndCentreOfAThreeByThreeGrid() {
		SpatialWeights weights = QueenContiguity.build(Grids.squares(3, 3));
		assertArrayEquals(new int[] { 1, 3, 4 }, weights.neighbours(0), "a corner touches 4 at one point: queen");
		assertArrayEquals(new int[] { 0, 2, 3, 4, 5 }, weights.neighbours(1));
		assertArrayEquals(new int[] { 0, 1, 2, 3, 5, 6, 7, 8 }, weights.neighbours(4));
	}

	@Test
	void aDetachedRegionIsAnIsland() {
		Geometry[] cells = Arrays.copyOf(Grids.squares(1, 2), 3);
		cells[2] = Grids.square(10, 10);
		SpatialWeights weights = QueenContiguity.build(cells);
		assertTrue(weights.isIsland(2));
		assertEquals(1, weights.neighbourCount(0));
	}

	@Test
	void aToleranceBridgesSlivers() {
		Geometry[] cells = { Grids.square(0, 0), Grids.square(1.001, 0) };
		assertTrue(QueenContiguity.build(cells).isIsland(0));
		assertArrayEquals(new int[] { 1 }, QueenContiguity.build(cells, 0.01).neighbours(0));
	}

	/**
	 * Contacts that share no vertex, so that only the exact test can find them, beside ones that do and
	 * near misses:
	 *
	 * <pre>
	 *  0 A  unit square                        neighbours B, C, D, K
	 *  1 B  on A's right edge, its corners inside that edge (a common stretch, no common vertex)
	 *  2 C  a diamond whose bottom corner lies inside A's top edge (one point, no common vertex)
	 *  3 D  diagonal to A, only the corner (0, 0) in common (queen, a shared vertex)
	 *  4 E  a triangle; F sits in its envelope but beyond its long side; L's right edge lies on its left edge
	 *  5 F  no neighbours
	 *  6 G  a square frame: a square with a square hole
	 *  7 H  inside G's hole, touching nothing
	 *  8 I  inside G's hole, its right edge on the hole's edge without a common vertex
	 *  9 J  an enclave inside G's frame (overlapping G entirely)
	 * 10 K  a multipolygon: one part overlaps A's corner by a sliver, the other lies far away
	 * 11 L  1 mm to the right of B (no contact), its right edge on E's left edge
	 * </pre>
	 */
	@Test
	void contactsWithoutASharedVertexAreFoundExactly() throws ParseException {
		Geometry[] regions = read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
				"POLYGON ((1 0.25, 2 0.25, 2 0.75, 1 0.75, 1 0.25))",
				"POLYGON ((0.5 1, 0.75 1.25, 0.5 1.5, 0.25 1.25, 0.5 1))",
				"POLYGON ((-1 -1, 0 -1, 0 0, -1 0, -1 -1))",
				"POLYGON ((3 0, 5 0, 3 2, 3 0))",
				"POLYGON ((4.2 1.2, 5 1.2, 5 2, 4.2 2, 4.2 1.2))",
				"POLYGON ((10 0, 16 0, 16 6, 10 6, 10 0), (11 1, 15 1, 15 5, 11 5, 11 1))",
				"POLYGON ((12 2, 13 2, 13 3, 12 3, 12 2))",
				"POLYGON ((14 2, 15 2.5, 15 3.5, 14 3, 14 2))",
				"POLYGON ((10.2 0.2, 10.8 0.2, 10.8 0.8, 10.2 0.8, 10.2 0.2))",
				"MULTIPOLYGON (((0.9 -0.5, 1.5 -0.5, 1.5 0.1, 0.9 0.1, 0.9 -0.5)),"
						+ " ((30 30, 31 30, 31 31, 30 31, 30 30)))",
				"POLYGON ((2.001 0.25, 3 0.25, 3 0.75, 2.001 0.75, 2.001 0.25))");
		SpatialWeights weights = QueenContiguity.build(regions);
		int[][] expected = { { 1, 2, 3, 10 }, { 0 }, { 0 }, { 0 }, { 11 }, {}, { 8, 9 }, {}, { 6 }, { 6 }, { 0 },
				{ 4 } };
		for (int r = 0; r < expected.length; r++) {
			assertArrayEquals(expected[r], weights.neighbours(r), "neighbours of region " + r);
		}
		assertEquals(1, SharedVertices.pairs(PolygonRings.of(regions)).length, "only A and D share a vertex");
		assertEqualsPairwiseIntersects(regions, weights);
	}

	/**
	 * Random rectangles, triangles, rectangles with a hole and two-part multipolygons with integer corners on a
	 * small grid: many touch at a corner, share part of an edge, have a corner on another's edge, overlap or
	 * nest, mostly without a common vertex. The result must be that of testing every pair with JTS.
	 */
	@Test
	void equalsPairwiseIntersectsOnRandomPolygonsWithIntegerCorners() throws ParseException {
		SplittableRandom random = new SplittableRandom(6);
		Geometry[] regions = new Geometry[300];
		for (int r = 0; r < regions.length; r++) {
			regions[r] = randomValidPolygon(random);
		}
		SpatialWeights weights = QueenContiguity.build(regions);
		int pairs = assertEqualsPairwiseIntersects(regions, weights);
		int shared = SharedVertices.pairs(PolygonRings.of(regions)).length;
		assertTrue(pairs > shared + 100, pairs + " neighbour pairs, " + shared + " with a common vertex");
	}

	@Test
	void aToleranceEqualsPairwiseDistanceOnRandomPolygons() throws ParseException {
		SplittableRandom random = new SplittableRandom(7);
		Geometry[] regions = new Geometry[120];
		for (int r = 0; r < regions.length; r++) {
			regions[r] = randomValidPolygon(random);
		}
		SpatialWeights weights = QueenContiguity.build(regions, 0.5);
		for (int a = 0; a < regions.length; a++) {
			for (int b = 0; b < regions.length; b++) {
				boolean close = a != b && regions[a].isWithinDistance(regions[b], 0.5);
				assertEquals(close, Arrays.binarySearch(weights.neighbours(a), b) >= 0, a + " and " + b);
			}
		}
	}

	@Test
	void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
		SplittableRandom random = new SplittableRandom(8);
		Geometry[] regions = new Geometry[400];
		for (int r = 0; r < regions.length; r++) {
			regions[r] = randomValidPolygon(random);
		}
		SpatialWeights one = Pools.inPool(1, () -> QueenContiguity.build(regions));
		SpatialWeights three = Pools.inPool(3, () -> QueenContiguity.build(regions));
		for (int r = 0; r < regions.length; r++) {
			assertArrayEquals(one.neighbours(r), three.neighbours(r), "neighbours of region " + r);
		}
	}

	/** Asserts that the neighbours are exactly the pairs that JTS says intersect; returns the number of pairs. */
	static int assertEqualsPairwiseIntersects(Geometry[] regions, SpatialWeights weights) {
		int pairs = 0;
		for (int a = 0; a < regions.length; a++) {
			int[] expected = new int[regions.length];
			int count = 0;
			for (int b = 0; b < regions.length; b++) {
				if (a != b && regions[a].intersects(regions[b])) {
					expected[count++] = b;
				}
			}
			assertArrayEquals(Arrays.copyOf(expected, count), weights.neighbours(a), "neighbours of region " + a);
			pairs += count;
		}
		return pairs / 2;
	}

	private static Geometry[] read(String... wkt) throws ParseException {
		WKTReader reader = new WKTReader();
		Geometry[] geometries = new Geometry[wkt.length];
		for (int i = 0; i < wkt.length; i++) {
			geometries[i] = reader.read(wkt[i]);
		}
		return geometries;
	}

	private static Geometry randomValidPolygon(SplittableRandom random) throws ParseException {
		while (true) {
			int x = random.nextInt(30);
			int y = random.nextInt(30);
			int w = 1 + random.nextInt(6);
			int h = 1 + random.nextInt(6);
			String wkt = switch (random.nextInt(4)) {
			case 0 -> "POLYGON (" + box(x, y, w, h) + ")";
			case 1 -> "POLYGON ((" + x + " " + y + ", " + (x + random.nextInt(7) - 3) + " " + (y + random.nextInt(7))
					+ ", " + (x + random.nextInt(7)) + " " + (y + random.nextInt(7) - 3) + ", " + x + " " + y + "))";
			case 2 -> "POLYGON (" + box(x, y, w + 2, h + 2) + ", " + box(x + 1, y + 1, w, h) + ")";
			default -> "MULTIPOLYGON ((" + box(x, y, w, h) + "), (" + box(x + w + 1 + random.nextInt(3), y, w, h)
					+ "))";
			};
			Geometry geometry = new WKTReader().read(wkt);
			if (geometry.isValid() && geometry.getArea() > 0) {
				return geometry;
			}
		}
	}

	private static String box(int x, int y, int w, int h) {
		return "(" + x + " " + y + ", " + (x + w) + " " + y + ", " + (x + w) + " " + (y + h) + ", " + x + " " + (y + h)
				+ ", " + x + " " + y + ")";
	}
}
