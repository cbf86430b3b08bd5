package nl.veerkracht.scoring.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * The reference of one indicator: per reference group the statistics of its available (non-NaN) raw values,
 * pooled over the years given (mean and standard deviation for {@link NormalisationMethod#Z_SCORE}, the sorted
 * values for {@link NormalisationMethod#RANK}), and the direction. It normalises any raw value of a region
 * against that region's group, so that a higher result always means <em>more vulnerable</em>:
 * {@code s * (x - mean) / sd} ({@code 0} when the group has no spread), or the rank {@code p = (below + equal / 2)
 * / n} ({@code 1 - p} when higher is more resilient), with {@code s} the direction's sign. {@link Normaliser}
 * normalises the table's own values with it; a projection normalises values the table never held against the
 * same reference. Immutable.
 */
public final class ReferenceScale {

	private final NormalisationMethod method;
	private final double sign;
	private final int[] group;
	private final double[] mean;
	private final double[] sd;
	private final double[][] sorted;

	/**
	 * @param raw       the raw values per year and region ({@code [year][region]}), NaN where missing; not kept
	 * @param group     the reference group of every region, numbered from 0 ({@link Normaliser#groups}); kept,
	 *                  so the caller must not change it
	 * @param method    the normalisation method
	 * @param direction the indicator's direction
	 */
	public ReferenceScale(double[][] raw, int[] group, NormalisationMethod method, Direction direction) {
		this.method = Objects.requireNonNull(method, "method");
		this.sign = direction.sign();
		this.group = group;
		int groups = Arrays.stream(group).max().orElse(-1) + 1;
		if (method == NormalisationMethod.Z_SCORE) {
			mean = new double[groups];
			sd = new double[groups];
			sorted = null;
			zStatistics(raw, groups);
		} else {
			mean = null;
			sd = null;
			sorted = sortedByGroup(raw, groups);
		}
	}

	/**
	 * @param region the region, by its position in the group array
	 * @param x      a raw value of that region
	 * @return it normalised against the region's reference group; NaN for NaN
	 */
	public double normalise(int region, double x) {
		if (Double.isNaN(x)) {
			return Double.NaN;
		}
		int g = group[region];
		if (method == NormalisationMethod.Z_SCORE) {
			return sd[g] > 0 ? sign * (x - mean[g]) / sd[g] : 0.0;
		}
		double[] values = sorted[g];
		int below = lowerBound(values, x);
		int equal = lowerBound(values, Math.nextUp(x)) - below;
		double p = (below + equal / 2.0) / values.length;
		return sign > 0 ? p : 1.0 - p;
	}

	private void zStatistics(double[][] raw, int groups) {
		double[] sum = new double[groups];
		int[] count = new int[groups];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					sum[group[r]] += year[r];
					count[group[r]]++;
				}
			}
		}
		for (int g = 0; g < groups; g++) {
			mean[g] = count[g] == 0 ? Double.NaN : sum[g] / count[g];
		}
		double[] squares = new double[groups];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					double d = year[r] - mean[group[r]];
					squares[group[r]] += d * d;
				}
			}
		}
		for (int g = 0; g < groups; g++) {
			sd[g] = Math.sqrt(squares[g] / count[g]);
		}
	}

	private double[][] sortedByGroup(double[][] raw, int groups) {
		int[] count = new int[groups];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					count[group[r]]++;
				}
			}
		}
		double[][] result = new double[groups][];
		for (int g = 0; g < groups; g++) {
			result[g] = new double[count[g]];
		}
		int[] fill = new int[groups];
		for (double[] year : raw) {
			for (int r = 0; r < year.length; r++) {
				if (!Double.isNaN(year[r])) {
					result[group[r]][fill[group[r]]++] = year[r];
				}
			}
		}
		for (double[] values : result) {
			Arrays.sort(values);
		}
		return result;
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
