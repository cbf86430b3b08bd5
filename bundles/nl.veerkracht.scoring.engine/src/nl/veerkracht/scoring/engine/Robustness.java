package nl.veerkracht.scoring.engine;

import java.util.SplittableRandom;

/**
 * Robustness of the classes under weight uncertainty: each sample multiplies every weight by its own factor
 * drawn uniformly from {@code [1 - spread, 1 + spread]} (one {@link SplittableRandom} seeded with
 * {@link RobustnessParameters#seed()}, samples drawn in order, so the result is reproducible), recomputes
 * the composites (normalisation does not depend on weights) and the classes, and counts per region how
 * often the class equals the unperturbed one. A region that falls to or from <em>geen gegevens</em>
 * (coverage depends on the weights) counts as a change.
 */
public final class Robustness {

	private Robustness() {
	}

	/**
	 * Runs the test.
	 *
	 * @param normalised normalised values {@code [indicator][region]} of the year
	 * @param weights    the composite weights (see {@link Composite#compositeWeights})
	 * @param scoring    minimum coverage and class rule
	 * @param parameters samples, spread, seed, fragility threshold
	 * @return the share of unchanged classes per region
	 */
	public static RobustnessResult compute(double[][] normalised, double[] weights, ScoringParameters scoring,
			RobustnessParameters parameters) {
		int n = normalised.length == 0 ? 0 : normalised[0].length;
		ClassRule rule = scoring.classRule();
		double[] composite = new double[n];
		Composite.compute(normalised, weights, scoring.minCoverage(), composite, null);
		Klasse[] base = new Klasse[n];
		for (int r = 0; r < n; r++) {
			base[r] = rule.classify(composite[r]);
		}
		int[] same = new int[n];
		double[] perturbed = new double[weights.length];
		SplittableRandom random = new SplittableRandom(parameters.seed());
		double spread = parameters.spread();
		for (int s = 0; s < parameters.samples(); s++) {
			for (int i = 0; i < weights.length; i++) {
				perturbed[i] = weights[i] * (1 - spread + 2 * spread * random.nextDouble());
			}
			Composite.compute(normalised, perturbed, scoring.minCoverage(), composite, null);
			for (int r = 0; r < n; r++) {
				if (rule.classify(composite[r]) == base[r]) {
					same[r]++;
				}
			}
		}
		double[] stability = new double[n];
		for (int r = 0; r < n; r++) {
			stability[r] = same[r] / (double) parameters.samples();
		}
		return new RobustnessResult(stability, parameters.fragileBelow(), parameters.samples());
	}
}
