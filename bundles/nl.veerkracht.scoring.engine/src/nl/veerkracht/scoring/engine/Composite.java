package nl.veerkracht.scoring.engine;

import java.util.List;

/**
 * The composite <em>kwetsbaarheid</em> score: the weighted mean of a region's available normalised
 * {@link Role#KWETSBAARHEID} indicators, with the weights re-normalised over the available ones:
 *
 * <pre>
 * coverage(r)  = sum over available i of w_i / sum over all i of w_i
 * composite(r) = sum over available i of w_i * z_ir / sum over available i of w_i   if coverage(r) &gt;= minCoverage
 *              = NaN (geen gegevens)                                              otherwise
 * </pre>
 *
 * A missing indicator therefore never counts as zero (zero would mean "exactly average"): it drops out and
 * the others carry its weight, but only while enough of the weight is left.
 */
public final class Composite {

	/** Tolerance for the coverage comparison, so that 3/5 = 0.6 passes a minimum of 0.6. */
	static final double COVERAGE_TOLERANCE = 1e-12;

	private Composite() {
	}

	/**
	 * Returns the weights that enter the composite, in table order: the analyst's weight for
	 * {@link Role#KWETSBAARHEID} indicators, zero for all others.
	 *
	 * @param specs   the indicators
	 * @param weights the analyst's weights
	 * @return one weight per indicator
	 */
	public static double[] compositeWeights(List<IndicatorSpec> specs, Weights weights) {
		double[] array = weights.toArray(specs);
		for (int i = 0; i < array.length; i++) {
			if (specs.get(i).role() != Role.KWETSBAARHEID) {
				array[i] = 0;
			}
		}
		return array;
	}

	/**
	 * Computes the composite for all regions of one year.
	 *
	 * @param normalised  normalised values {@code [indicator][region]}
	 * @param weights     weight per indicator (zero for indicators that do not enter)
	 * @param minCoverage the minimum coverage
	 * @param composite   receives the composite per region (NaN for geen gegevens)
	 * @param coverage    receives the coverage per region, or {@code null} when not needed
	 */
	public static void compute(double[][] normalised, double[] weights, double minCoverage, double[] composite,
			double[] coverage) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		int regions = composite.length;
		for (int r = 0; r < regions; r++) {
			double available = 0;
			double sum = 0;
			for (int i = 0; i < weights.length; i++) {
				double w = weights[i];
				if (w > 0) {
					double z = normalised[i][r];
					if (!Double.isNaN(z)) {
						available += w;
						sum += w * z;
					}
				}
			}
			double share = total > 0 ? available / total : 0;
			if (coverage != null) {
				coverage[r] = share;
			}
			composite[r] = available > 0 && share >= minCoverage - COVERAGE_TOLERANCE ? sum / available
					: Double.NaN;
		}
	}
}
