package nl.veerkracht.gis.core.style.classify;

import java.util.Arrays;
import java.util.Objects;

/**
 * Computes the class breaks of a graduated style from attribute values. NaN values are "no data"
 * ("geen gegevens"): they are ignored and never form a class. When the values have fewer distinct values
 * than classes asked for, fewer classes are made; breaks are never duplicated.
 */
public final class Classifier {

	private Classifier() {
	}

	/**
	 * Computes the upper bounds of the classes.
	 *
	 * @param values the attribute values; NaN means "no data" and is ignored
	 * @param method how to choose the breaks; not {@link ClassificationMethod#MANUAL}, see {@link #manual(double[])}
	 * @param classes the number of classes wanted, at least 1
	 * @return the upper bounds, strictly ascending, the last one the maximum; at most {@code classes} of them and
	 *         at most as many as there are distinct values; empty when there are no values other than NaN
	 * @throws IllegalArgumentException if {@code classes} is below 1, the method is {@code MANUAL} or a value is
	 *         infinite
	 */
	public static double[] breaks(double[] values, ClassificationMethod method, int classes) {
		Objects.requireNonNull(method, "method");
		if (classes < 1) {
			throw new IllegalArgumentException("At least one class is needed: " + classes);
		}
		if (method == ClassificationMethod.MANUAL) {
			throw new IllegalArgumentException("Manual breaks are given, not computed: use Classifier.manual");
		}
		double[] sorted = sortedData(values);
		if (sorted.length == 0) {
			return new double[0];
		}
		int count = Math.min(classes, distinctCount(sorted));
		return switch (method) {
			case EQUAL_INTERVAL -> equalInterval(sorted, count);
			case QUANTILE -> quantile(sorted, count);
			case NATURAL_BREAKS -> NaturalBreaks.breaks(sorted, count);
			case STANDARD_DEVIATION -> standardDeviation(sorted, count);
			case MANUAL -> throw new IllegalStateException("handled above");
		};
	}

	/**
	 * Classifies values: {@link #breaks(double[], ClassificationMethod, int)} wrapped in a
	 * {@link Classification}.
	 *
	 * @param values the attribute values; NaN means "no data" and is ignored
	 * @param method how to choose the breaks; not {@code MANUAL}
	 * @param classes the number of classes wanted, at least 1
	 * @return the classification
	 * @throws IllegalArgumentException as {@link #breaks(double[], ClassificationMethod, int)}
	 */
	public static Classification classify(double[] values, ClassificationMethod method, int classes) {
		return new Classification(method, breaks(values, method, classes));
	}

	/**
	 * Makes a classification from breaks the analyst gave.
	 *
	 * @param breaks the upper bounds of the classes, at least one, finite and strictly ascending
	 * @return the classification, with method {@link ClassificationMethod#MANUAL}
	 * @throws IllegalArgumentException if there are no breaks, a break is not finite or the breaks are not
	 *         strictly ascending
	 */
	public static Classification manual(double[] breaks) {
		if (breaks.length == 0) {
			throw new IllegalArgumentException("At least one class break is needed");
		}
		return new Classification(ClassificationMethod.MANUAL, breaks);
	}

	private static double[] sortedData(double[] values) {
		double[] data = new double[values.length];
		int n = 0;
		for (double value : values) {
			if (Double.isInfinite(value)) {
				throw new IllegalArgumentException("Cannot classify an infinite value: " + value);
			}
			if (!Double.isNaN(value)) {
				data[n++] = value;
			}
		}
		double[] sorted = Arrays.copyOf(data, n);
		Arrays.sort(sorted);
		return sorted;
	}

	private static int distinctCount(double[] sorted) {
		int count = 1;
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] != sorted[i - 1]) {
				count++;
			}
		}
		return count;
	}

	private static double[] equalInterval(double[] sorted, int classes) {
		double min = sorted[0];
		double max = sorted[sorted.length - 1];
		double[] candidates = new double[classes - 1];
		for (int i = 1; i < classes; i++) {
			candidates[i - 1] = min + (max - min) * i / classes;
		}
		return collapse(candidates, min, max);
	}

	private static double[] quantile(double[] sorted, int classes) {
		int n = sorted.length;
		double[] candidates = new double[classes - 1];
		for (int i = 1; i < classes; i++) {
			long lastOfGroup = ((long) i * n + classes - 1) / classes - 1;
			candidates[i - 1] = sorted[(int) lastOfGroup];
		}
		return collapse(candidates, sorted[0], sorted[n - 1]);
	}

	private static double[] standardDeviation(double[] sorted, int classes) {
		double mean = 0;
		for (double value : sorted) {
			mean += value;
		}
		mean /= sorted.length;
		double squares = 0;
		for (double value : sorted) {
			squares += (value - mean) * (value - mean);
		}
		double deviation = Math.sqrt(squares / sorted.length);
		double[] candidates = new double[classes - 1];
		for (int i = 1; i < classes; i++) {
			candidates[i - 1] = mean + (i - classes / 2.0) * deviation;
		}
		return collapse(candidates, sorted[0], sorted[sorted.length - 1]);
	}

	/**
	 * Keeps the ascending candidates from {@code min} up to (not including) {@code max} that differ from
	 * their predecessor, then appends {@code max}.
	 */
	static double[] collapse(double[] candidates, double min, double max) {
		double[] result = new double[candidates.length + 1];
		int n = 0;
		for (double candidate : candidates) {
			if (candidate >= min && candidate < max && (n == 0 || candidate > result[n - 1])) {
				result[n++] = candidate;
			}
		}
		result[n++] = max;
		return Arrays.copyOf(result, n);
	}
}
