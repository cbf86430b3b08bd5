package nl.veerkracht.scoring.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts raw indicator values on a common, direction-corrected scale against a reference group, so that a
 * higher normalised value always means <em>more vulnerable</em>:
 * <ul>
 * <li>{@link NormalisationMethod#Z_SCORE}: {@code s * (x - mean) / sd}, with {@code s = 1} for
 * {@link Direction#HIGHER_IS_MORE_VULNERABLE} and {@code -1} otherwise; {@code 0} when the group has no
 * spread;</li>
 * <li>{@link NormalisationMethod#RANK}: {@code p = (below + equal / 2) / n}, and {@code 1 - p} for
 * {@link Direction#HIGHER_IS_MORE_RESILIENT}.</li>
 * </ul>
 * The reference statistics use only the available (non-NaN) values of the group; a missing value stays
 * NaN. When several years are given, the statistics are pooled over those years, which puts all of them on
 * one scale (used for trends, where a per-year normalisation would hide the gemeente's own change).
 */
public final class Normaliser {

	private Normaliser() {
	}

	/**
	 * Normalises all indicators of a table for the given years.
	 *
	 * @param table       the raw values
	 * @param yearIndices the year indices to normalise; the reference statistics are pooled over them
	 * @param reference   the reference group
	 * @param method      the method
	 * @return normalised values for those years
	 */
	public static NormalisedValues normalise(IndicatorTable table, int[] yearIndices, Reference reference,
			NormalisationMethod method) {
		int n = table.regionCount();
		int[] group = groups(table.regions(), reference);
		int groupCount = Arrays.stream(group).max().orElse(-1) + 1;
		double[][][] result = new double[yearIndices.length][table.indicatorCount()][n];
		double[][] raw = new double[yearIndices.length][n];
		for (int i = 0; i < table.indicatorCount(); i++) {
			for (int y = 0; y < yearIndices.length; y++) {
				table.copyColumn(i, yearIndices[y], raw[y]);
			}
			double sign = table.indicators().get(i).direction().sign();
			if (method == NormalisationMethod.Z_SCORE) {
				zScores(raw, group, groupCount, sign, result, i);
			} else {
				ranks(raw, group, groupCount, sign, result, i);
			}
		}
		return new NormalisedValues(result);
	}

	/**
	 * Assigns each region a reference group number.
	 *
	 * @param regions   the regions
	 * @param reference the reference
	 * @return group number per region, from 0
	 */
	static int[] groups(List<RegionInfo> regions, Reference reference) {
		int[] group = new int[regions.size()];
		if (reference == Reference.GEMEENTE) {
			Map<String, Integer> numbers = new HashMap<>();
			for (int r = 0; r < group.length; r++) {
				group[r] = numbers.computeIfAbsent(regions.get(r).gemeenteCode(), code -> numbers.size());
			}
		}
		return group;
	}

	private static void zScores(double[][] raw, int[] group, int groupCount, double sign, double[][][] result,
			int indicator) {
		double[] sum = new double[groupCount];
		int[] count = new int[groupCount];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					sum[group[r]] += year[r];
					count[group[r]]++;
				}
			}
		}
		double[] mean = new double[groupCount];
		for (int g = 0; g < groupCount; g++) {
			mean[g] = count[g] == 0 ? Double.NaN : sum[g] / count[g];
		}
		double[] squares = new double[groupCount];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					double d = year[r] - mean[group[r]];
					squares[group[r]] += d * d;
				}
			}
		}
		for (int y = 0; y < raw.length; y++) {
			double[] target = result[y][indicator];
			for (int r = 0; r < target.length; r++) {
				double x = raw[y][r];
				int g = group[r];
				double sd = Math.sqrt(squares[g] / count[g]);
				target[r] = Double.isNaN(x) ? Double.NaN : sd > 0 ? sign * (x - mean[g]) / sd : 0.0;
			}
		}
	}

	private static void ranks(double[][] raw, int[] group, int groupCount, double sign, double[][][] result,
			int indicator) {
		int[] count = new int[groupCount];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					count[group[r]]++;
				}
			}
		}
		double[][] sorted = new double[groupCount][];
		for (int g = 0; g < groupCount; g++) {
			sorted[g] = new double[count[g]];
		}
		int[] fill = new int[groupCount];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					sorted[group[r]][fill[group[r]]++] = year[r];
				}
			}
		}
		for (double[] values : sorted) {
			Arrays.sort(values);
		}
		for (int y = 0; y < raw.length; y++) {
			double[] target = result[y][indicator];
			for (int r = 0; r < target.length; r++) {
				double x = raw[y][r];
				if (Double.isNaN(x)) {
					target[r] = Double.NaN;
					continue;
				}
				double[] values = sorted[group[r]];
				int below = lowerBound(values, x);
				int equal = lowerBound(values, Math.nextUp(x)) - below;
				double p = (below + equal / 2.0) / values.length;
				target[r] = sign > 0 ? p : 1.0 - p;
			}
		}
	}

	/** Index of the first element not less than {@code x}. */
	private static int lowerBound(double[] values, double x) {
		int low = 0;
		int high = values.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (values[mid] < x) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
