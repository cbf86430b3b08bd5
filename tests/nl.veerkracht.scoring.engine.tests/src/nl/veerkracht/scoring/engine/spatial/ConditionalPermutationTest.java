package nl.veerkracht.scoring.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ConditionalPermutationTest {

	/**
	 * Seven regions with values 0..6 (mean 3, z = -3..3); region 0 (z = -3) has the neighbours 1, 2 and 3
	 * (z = -2, -1, 0), lag -1. Its I is positive, and a permuted I is at or above it exactly when the three
	 * values drawn from the other six regions' z {-2, -1, 0, 1, 2, 3} sum to -3 or less: only {-2, -1, 0}, 1 of
	 * the C(6, 3) = 20 subsets, so the exact tail probability is 0.05. Drawing with replacement would give
	 * 20 / 216 = 0.093, and letting region 0 draw its own value more still. With 99,999 permutations the standard
	 * error of the estimate is 0.0007; five of them are allowed.
	 */
	@Test
	void pseudoPMatchesTheExactPermutationDistribution() {
		double[] values = { 0, 1, 2, 3, 4, 5, 6 };
		SpatialWeights weights = new SpatialWeights(new int[][] { { 1, 2, 3 }, { 0 }, { 0 }, { 0 }, {}, {}, {} });
		LocalMoranResult result = LocalMoran.compute(values, weights, new MoranParameters(99_999, 11, 0.05));
		assertEquals(-1.0, result.lag(0), 1e-12);
		assertEquals(0.05, result.pseudoP(0), 0.0035);
		assertEquals(HotSpotLabel.ISLAND, result.label(4));
	}

	@Test
	void belowIsUniformAndInRange() {
		SplittableRandom random = new SplittableRandom(3);
		int[] counts = new int[7];
		int draws = 70_000;
		for (int d = 0; d < draws; d++) {
			counts[ConditionalPermutation.below(random, 7)]++;
		}
		// chi-square with 6 degrees of freedom: above 22.5 with probability 0.001
		double chiSquare = 0;
		for (int count : counts) {
			chiSquare += (count - draws / 7.0) * (count - draws / 7.0) / (draws / 7.0);
		}
		assertTrue(chiSquare < 22.5, "chi-square " + chiSquare);
		for (int bound : new int[] { 1, 2, 3, 1000, Integer.MAX_VALUE }) {
			for (int d = 0; d < 1000; d++) {
				int value = ConditionalPermutation.below(random, bound);
				assertTrue(value >= 0 && value < bound, value + " for bound " + bound);
			}
		}
	}

	@Test
	void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
		double[] values = new double[400];
		SplittableRandom random = new SplittableRandom(5);
		for (int r = 0; r < values.length; r++) {
			values[r] = r % 17 == 0 ? Double.NaN : r / 20 + random.nextDouble() * 8;
		}
		SpatialWeights weights = QueenContiguity.build(Grids.squares(20, 20));
		LocalMoranResult one = Pools.inPool(1, () -> LocalMoran.compute(values, weights, MoranParameters.DEFAULTS));
		LocalMoranResult three = Pools.inPool(3, () -> LocalMoran.compute(values, weights, MoranParameters.DEFAULTS));
		int significant = 0;
		for (int r = 0; r < values.length; r++) {
			assertEquals(one.pseudoP(r), three.pseudoP(r), "pseudo-p of " + r);
			assertEquals(one.label(r), three.label(r));
			significant += one.pseudoP(r) <= 0.05 ? 1 : 0;
		}
		assertTrue(significant > 20, "a gradient has hot and cold spots: " + significant);
	}
}
