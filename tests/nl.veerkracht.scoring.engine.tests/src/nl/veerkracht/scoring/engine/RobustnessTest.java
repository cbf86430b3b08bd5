package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

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

	/**
	 * The region-by-region computation must give exactly the shares of recomputing all composites per sample
	 * with {@link Composite#compute} and the perturbed weights drawn in the documented order: 500 regions, 6
	 * indicators (one weighing nothing) with 15% missing values, so that coverage tips some regions into and
	 * out of geen gegevens, on one thread and on three.
	 */
	@Test
	void sharesEqualRecomputingEveryCompositePerSample() throws Exception {
		SplittableRandom random = new SplittableRandom(12);
		double[][] z = new double[6][500];
		for (double[] indicator : z) {
			for (int r = 0; r < indicator.length; r++) {
				indicator[r] = random.nextDouble() < 0.15 ? NaN : random.nextGaussian();
			}
		}
		double[] weights = { 1, 0.5, 2, 0, 1, 0.25 };
		RobustnessParameters parameters = new RobustnessParameters(300, 0.3, 99, 0.8);
		ScoringParameters scoring = ScoringParameters.defaults();
		double[] expected = recomputedPerSample(z, weights, scoring, parameters);
		for (int threads : new int[] { 1, 3 }) {
			RobustnessResult result = Pools.inPool(threads, () -> Robustness.compute(z, weights, scoring, parameters));
			for (int r = 0; r < expected.length; r++) {
				assertEquals(expected[r], result.stability(r), "region " + r + " on " + threads + " threads");
			}
		}
		assertTrue(Arrays.stream(expected).anyMatch(share -> share > 0.05 && share < 0.95));
	}

	private static double[] recomputedPerSample(double[][] z, double[] weights, ScoringParameters scoring,
			RobustnessParameters parameters) {
		int n = z[0].length;
		double[] composite = new double[n];
		Composite.compute(z, weights, scoring.minCoverage(), composite, null);
		Klasse[] base = new Klasse[n];
		for (int r = 0; r < n; r++) {
			base[r] = scoring.classRule().classify(composite[r]);
		}
		SplittableRandom random = new SplittableRandom(parameters.seed());
		double[] perturbed = new double[weights.length];
		int[] same = new int[n];
		for (int s = 0; s < parameters.samples(); s++) {
			for (int i = 0; i < weights.length; i++) {
				perturbed[i] = weights[i] * (1 - parameters.spread() + 2 * parameters.spread() * random.nextDouble());
			}
			Composite.compute(z, perturbed, scoring.minCoverage(), composite, null);
			for (int r = 0; r < n; r++) {
				same[r] += scoring.classRule().classify(composite[r]) == base[r] ? 1 : 0;
			}
		}
		double[] share = new double[n];
		for (int r = 0; r < n; r++) {
			share[r] = same[r] / (double) parameters.samples();
		}
		return share;
	}
}
