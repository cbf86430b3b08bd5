package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobustnessTest {

	private static final double NaN = Double.NaN;

	/**
	 * Region 0 has z = (0.2, 0.31), composite 0.255: just above the kwetsbaar threshold t = 0.253347. With
	 * factors a, b uniform on [0.8, 1.2] its composite (0.2a + 0.31b) / (a + b) stays at or above t iff
	 * b / a &gt;= c = (t - 0.2) / (0.31 - t) = 0.941648. The area of the square below b = c a is
	 * the integral from 0.8 / c = 0.849574 to 1.2 of (c a - 0.8) da = 0.057816, a share 0.057816 / 0.16 = 0.361353
	 * of the square, so the class stays in 1 - 0.361353 = 0.638647 of the samples.
	 * Region 1 (z = 2, 2.5) is zeer kwetsbaar under any weights; region 2 has no data under any weights.
	 */
	@Test
	void shareOfUnchangedClassesMatchesTheHandComputedProbability() {
		double[][] z = { { 0.2, 2.0, NaN }, { 0.31, 2.5, NaN } };
		RobustnessResult result = Robustness.compute(z, new double[] { 1, 1 }, ScoringParameters.defaults(),
				RobustnessParameters.DEFAULTS);
		assertEquals(1000, result.samples());
		// 1,000 samples: binomial standard error sqrt(0.64 * 0.36 / 1000) = 0.015; allow about three
		assertEquals(0.638647, result.stability(0), 0.05);
		assertTrue(result.isFragile(0));
		assertEquals(1.0, result.stability(1));
		assertFalse(result.isFragile(1));
		assertEquals(1.0, result.stability(2), "geen gegevens stays geen gegevens");
	}

	@Test
	void sameSeedSameResult() {
		double[][] z = { { 0.2, 0.9 }, { 0.31, 0.7 } };
		RobustnessParameters parameters = new RobustnessParameters(200, 0.2, 7, 0.8);
		RobustnessResult first = Robustness.compute(z, new double[] { 1, 1 }, ScoringParameters.defaults(), parameters);
		RobustnessResult second = Robustness.compute(z, new double[] { 1, 1 }, ScoringParameters.defaults(),
				parameters);
		assertEquals(first.stability(0), second.stability(0));
		assertEquals(first.stability(1), second.stability(1));
	}

	@Test
	void coverageNearTheMinimumCanTipARegionIntoGeenGegevens() {
		// weights 3 and 2: region 0 lacks the second indicator, coverage 3 / 5 = 0.6, exactly the minimum.
		// Any sample where the first factor drops relative to the second pushes coverage below 0.6.
		double[][] z = { { 1.0 }, { NaN } };
		RobustnessResult result = Robustness.compute(z, new double[] { 3, 2 }, ScoringParameters.defaults(),
				RobustnessParameters.DEFAULTS);
		// coverage 3a / (3a + 2b) >= 0.6 iff a >= b: half of the samples by symmetry
		assertEquals(0.5, result.stability(0), 0.05);
	}
}
