package nl.veerkracht.stad.internal;

import java.util.Arrays;

/** Percentiles with linear interpolation between order statistics (type 7, as in R and NumPy). */
public final class Percentiles {

	private Percentiles() {
	}

	/**
	 * @param values     the sample, NaN values ignored; not modified
	 * @param percentile in [0, 100]
	 * @return the percentile, NaN when the sample has no numbers
	 */
	public static double of(double[] values, double percentile) {
		double[] sorted = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		double rank = percentile / 100 * (sorted.length - 1);
		int lower = (int) Math.floor(rank);
		int upper = Math.min(sorted.length - 1, lower + 1);
		return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
	}
}
