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
		return ofSorted(sorted, sorted.length, percentile);
	}

	/**
	 * Sorts part of an array in place so that several percentiles can be read from one sort with
	 * {@link #ofSorted}; NaN values go to the end.
	 *
	 * @param values the array, sorted in place from {@code from} to {@code to}
	 * @param from   the first index, inclusive
	 * @param to     the last index, exclusive
	 * @return how many of the sorted values are numbers (not NaN)
	 */
	public static int sortNumbers(double[] values, int from, int to) {
		Arrays.sort(values, from, to);
		int end = to;
		while (end > from && Double.isNaN(values[end - 1])) {
			end--;
		}
		return end - from;
	}

	/**
	 * @param sorted     numbers in ascending order, no NaN, from index {@code from}
	 * @param from       the index of the smallest
	 * @param count      how many there are
	 * @param percentile in [0, 100]
	 * @return the percentile, as {@link #of}; NaN when {@code count} is 0
	 */
	public static double ofSorted(double[] sorted, int from, int count, double percentile) {
		if (count == 0) {
			return Double.NaN;
		}
		double rank = percentile / 100 * (count - 1);
		int lower = (int) Math.floor(rank);
		int upper = Math.min(count - 1, lower + 1);
		return sorted[from + lower] + (rank - lower) * (sorted[from + upper] - sorted[from + lower]);
	}

	private static double ofSorted(double[] sorted, int count, double percentile) {
		return ofSorted(sorted, 0, count, percentile);
	}
}
