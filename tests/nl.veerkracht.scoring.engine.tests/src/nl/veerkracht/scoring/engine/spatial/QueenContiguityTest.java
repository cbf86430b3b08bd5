package nl.veerkracht.scoring.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

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
}
