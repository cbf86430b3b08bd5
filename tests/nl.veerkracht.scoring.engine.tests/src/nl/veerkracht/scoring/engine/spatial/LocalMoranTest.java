package nl.veerkracht.scoring.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class LocalMoranTest {

	private static final double EPS = 1e-12;

	/**
	 * A 3 x 3 grid with values 1..9 in reading order:
	 *
	 * <pre>
	 * 1 2 3        z = -4 -3 -2
	 * 4 5 6            -1  0  1
	 * 7 8 9             2  3  4
	 * </pre>
	 *
	 * mean 5, sum of z^2 = 60, m2 = 60 / 9 = 6.6667.
	 * <ul>
	 * <li>cell 0 (z -4), queen neighbours 1, 3, 4 with z -3, -1, 0: lag = -4/3, I = (-4 / 6.6667) * (-4/3) = 0.8</li>
	 * <li>cell 1 (z -3), neighbours 0, 2, 3, 4, 5 with z -4, -2, -1, 0, 1: lag = -6/5, I = (-0.45) * (-1.2) = 0.54</li>
	 * <li>cell 3 (z -1), neighbours 0, 1, 4, 6, 7 with z -4, -3, 0, 2, 3: lag = -2/5, I = (-0.15) * (-0.4) = 0.06</li>
	 * <li>cell 4 (z 0): I = 0</li>
	 * <li>cell 8 (z 4), neighbours 4, 5, 7 with z 0, 1, 3: lag = 4/3, I = 0.6 * 4/3 = 0.8</li>
	 * </ul>
	 */
	@Test
	void localStatisticsOfAThreeByThreeGridMatchTheHandComputation() {
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		LocalMoranResult result = LocalMoran.compute(values, QueenContiguity.build(Grids.squares(3, 3)),
				MoranParameters.DEFAULTS);
		assertEquals(0.8, result.localI(0), EPS);
		assertEquals(-4 / 3.0, result.lag(0), EPS);
		assertEquals(0.54, result.localI(1), EPS);
		assertEquals(0.06, result.localI(3), EPS);
		assertEquals(0.0, result.localI(4), EPS);
		assertEquals(0.8, result.localI(8), EPS);
		for (int r = 0; r < 9; r++) {
			double p = result.pseudoP(r);
			assertTrue(p >= 1 / 1000.0 && p <= 0.5 + 1 / 1000.0, "pseudo-p in range: " + p);
			assertEquals(Math.rint(p * 1000), p * 1000, 1e-9, "p is (count + 1) / 1000");
		}
	}

	/**
	 * 10 x 10 grid, a 3 x 3 block of 10s in the top-left corner, a 3 x 3 block of -10s in the bottom-right
	 * corner, a 10 (cell 55) ringed by -10s, and small values (0 to 0.4) elsewhere. The centre of the high block
	 * (cell 11) has eight neighbours at 10: a random draw of 8 of the 99 other values reaches that mean only if it
	 * picks the other 8 tens (1 in C(99, 8), about 1 in 1.7e11), so its pseudo-p is the minimum 1/1000; the same
	 * holds for the centre of the low block and for the ringed 10 (17 values of -10 in the pool: C(17, 8) / C(99, 8),
	 * about 1 in 7e6).
	 */
	@Test
	void blocksOfHighAndLowValuesAreHotAndColdSpots() {
		double[] values = new double[100];
		for (int r = 0; r < 100; r++) {
			values[r] = (r * 7 % 5) * 0.1;
		}
		for (int row = 0; row < 3; row++) {
			for (int column = 0; column < 3; column++) {
				values[row * 10 + column] = 10;
				values[(row + 7) * 10 + column + 7] = -10;
			}
		}
		// a high value ringed by -10s: an outlier
		for (int cell : new int[] { 44, 45, 46, 54, 56, 64, 65, 66 }) {
			values[cell] = -10;
		}
		values[55] = 10;
		LocalMoranResult result = LocalMoran.compute(values, QueenContiguity.build(Grids.squares(10, 10)),
				MoranParameters.DEFAULTS);
		assertEquals(HotSpotLabel.HIGH_HIGH, result.label(11));
		assertEquals(0.001, result.pseudoP(11), EPS);
		assertEquals(HotSpotLabel.LOW_LOW, result.label(88));
		assertEquals(0.001, result.pseudoP(88), EPS);
		assertEquals(HotSpotLabel.HIGH_LOW, result.label(55));
		assertEquals(0.001, result.pseudoP(55), EPS);
		assertEquals(HotSpotLabel.NOT_SIGNIFICANT, result.label(40), "background among background");
	}

	@Test
	void missingValuesAndIslandsAreLabelledExplicitly() {
		Geometry[] cells = Arrays.copyOf(Grids.squares(3, 3), 10);
		cells[9] = Grids.square(50, 50);
		double[] values = { 1, 2, 3, 4, Double.NaN, 6, 7, 8, 9, 5 };
		LocalMoranResult result = LocalMoran.compute(values, QueenContiguity.build(cells), MoranParameters.DEFAULTS);
		assertEquals(HotSpotLabel.NO_DATA, result.label(4));
		assertTrue(Double.isNaN(result.localI(4)));
		assertEquals(HotSpotLabel.ISLAND, result.label(9));
		assertTrue(Double.isNaN(result.pseudoP(9)));
		// the gap does not count as a neighbour: mean of the 9 values is 5, cell 0's neighbours 1 and 3 have z -3, -1
		assertEquals(-2.0, result.lag(0), EPS);
	}

	@Test
	void sameSeedSameAnswerDifferentSeedOtherDraws() {
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		SpatialWeights weights = QueenContiguity.build(Grids.squares(3, 3));
		LocalMoranResult first = LocalMoran.compute(values, weights, MoranParameters.DEFAULTS);
		LocalMoranResult second = LocalMoran.compute(values, weights, MoranParameters.DEFAULTS);
		LocalMoranResult other = LocalMoran.compute(values, weights, new MoranParameters(999, 1, 0.05));
		boolean anyDifferent = false;
		for (int r = 0; r < 9; r++) {
			assertEquals(first.pseudoP(r), second.pseudoP(r));
			anyDifferent |= first.pseudoP(r) != other.pseudoP(r);
		}
		assertTrue(anyDifferent);
	}
}
