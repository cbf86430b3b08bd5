package nl.veerkracht.scoring.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Robustness of the classes under weight uncertainty: each sample multiplies every weight by its own factor
 * drawn uniformly from {@code [1 - spread, 1 + spread]} (one {@link SplittableRandom} seeded with
 * {@link RobustnessParameters#seed()}, samples drawn in order, so the result is reproducible), recomputes
 * the composites (normalisation does not depend on weights) and the classes, and counts per region how
 * often the class equals the unperturbed one. A region that falls to or from <em>geen gegevens</em>
 * (coverage depends on the weights) counts as a change.
 * <p>
 * All weight samples are drawn first, in sample order; then each region is taken through all samples at
 * once, regions in parallel. A region's composite in a sample is summed in the same order and with the same
 * operations as {@link Composite#compute}, so the classes are exactly those of scoring with the perturbed
 * weights, and the result depends neither on the number of threads nor on their scheduling.
 */
public final class Robustness {

	/** Regions per parallel task: enough work to outweigh the task's overhead. */
	private static final int REGIONS_PER_TASK = 64;

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
		int samples = parameters.samples();
		int k = weights.length;
		// indicator-major, so that a region's loop over the samples runs along arrays
		double[][] perturbed = new double[k][samples];
		double[] total = new double[samples];
		SplittableRandom random = new SplittableRandom(parameters.seed());
		double spread = parameters.spread();
		for (int s = 0; s < samples; s++) {
			double sum = 0;
			for (int i = 0; i < k; i++) {
				double weight = weights[i] * (1 - spread + 2 * spread * random.nextDouble());
				perturbed[i][s] = weight;
				sum += weight;
			}
			total[s] = sum;
		}
		double[] composite = new double[n];
		Composite.compute(normalised, weights, scoring.minCoverage(), composite, null);
		int[] same = new int[n];
		IntStream.range(0, (n + REGIONS_PER_TASK - 1) / REGIONS_PER_TASK).parallel().forEach(task -> {
			SampleCounter counter = new SampleCounter(normalised, weights, perturbed, total, scoring);
			int end = Math.min(n, (task + 1) * REGIONS_PER_TASK);
			for (int r = task * REGIONS_PER_TASK; r < end; r++) {
				same[r] = counter.unchanged(r, scoring.classRule().classify(composite[r]));
			}
		});
		double[] stability = new double[n];
		for (int r = 0; r < n; r++) {
			stability[r] = same[r] / (double) samples;
		}
		return new RobustnessResult(stability, parameters.fragileBelow(), samples);
	}

	/**
	 * Counts, for one region at a time, the samples that keep its class. Not thread-safe: one per task. The
	 * sums of all samples are built up indicator by indicator (each sample's sum still in table order), a loop
	 * the JIT can vectorise.
	 */
	private static final class SampleCounter {

		private final double[][] normalised;
		private final double[] weights;
		private final double[][] perturbed;
		private final double[] total;
		private final double minCoverage;
		private final ClassRule rule;
		private final double[] available;
		private final double[] sum;

		SampleCounter(double[][] normalised, double[] weights, double[][] perturbed, double[] total,
				ScoringParameters scoring) {
			this.normalised = normalised;
			this.weights = weights;
			this.perturbed = perturbed;
			this.total = total;
			this.minCoverage = scoring.minCoverage();
			this.rule = scoring.classRule();
			available = new double[total.length];
			sum = new double[total.length];
		}

		/**
		 * @param region the region index
		 * @param base   its class under the unperturbed weights
		 * @return the number of samples in which its class is {@code base}
		 */
		int unchanged(int region, Klasse base) {
			Arrays.fill(available, 0);
			Arrays.fill(sum, 0);
			// the indicators that enter the region's composite (weight > 0, value present), in table order
			for (int i = 0; i < weights.length; i++) {
				double z = normalised[i][region];
				if (weights[i] > 0 && !Double.isNaN(z)) {
					add(perturbed[i], z);
				}
			}
			int same = 0;
			for (int s = 0; s < total.length; s++) {
				double share = total[s] > 0 ? available[s] / total[s] : 0;
				double composite = available[s] > 0 && share >= minCoverage - Composite.COVERAGE_TOLERANCE
						? sum[s] / available[s]
						: Double.NaN;
				if (rule.classify(composite) == base) {
					same++;
				}
			}
			return same;
		}

		private void add(double[] weight, double z) {
			for (int s = 0; s < weight.length; s++) {
				available[s] += weight[s];
				sum[s] += weight[s] * z;
			}
		}
	}
}
