package nl.veerkracht.gis.core.style.classify;

import java.util.Arrays;
import java.util.Objects;

/**
 * The classes of a graduated style, given by their upper bounds. Class {@code i} holds the values above
 * {@code breaks[i - 1]} up to and including {@code breaks[i]}; the first class also holds every value below
 * its bound and the last class every value above the maximum. Immutable.
 *
 * @param method how the breaks were chosen
 * @param breaks the upper bounds of the classes, strictly ascending and finite; empty when there was no data
 *        to classify
 */
public record Classification(ClassificationMethod method, double[] breaks) {

	/** The class index {@link #classOf(double)} returns for a missing value ("geen gegevens"). */
	public static final int NO_DATA = -1;

	/**
	 * Validates the breaks and copies them.
	 *
	 * @throws NullPointerException if the method or the breaks are {@code null}
	 * @throws IllegalArgumentException if a break is not finite or the breaks are not strictly ascending
	 */
	public Classification {
		Objects.requireNonNull(method, "method");
		breaks = breaks.clone();
		for (int i = 0; i < breaks.length; i++) {
			if (!Double.isFinite(breaks[i])) {
				throw new IllegalArgumentException("Class break " + (i + 1) + " is not a finite number: " + breaks[i]);
			}
			if (i > 0 && !(breaks[i] > breaks[i - 1])) {
				throw new IllegalArgumentException("Class breaks must be strictly ascending: " + breaks[i - 1]
						+ " is followed by " + breaks[i]);
			}
		}
	}

	/**
	 * Returns the upper bounds of the classes.
	 *
	 * @return a copy of the breaks, strictly ascending
	 */
	@Override
	public double[] breaks() {
		return breaks.clone();
	}

	/**
	 * Returns the number of classes, not counting the "no data" class.
	 *
	 * @return the number of breaks
	 */
	public int classCount() {
		return breaks.length;
	}

	/**
	 * Returns the class a value belongs to. A value equal to a break belongs to the class that break bounds;
	 * a value below the first break belongs to the first class, a value above the last break to the last.
	 *
	 * @param value the value
	 * @return the class index from 0, or {@link #NO_DATA} if the value is NaN or there are no classes
	 */
	public int classOf(double value) {
		if (Double.isNaN(value) || breaks.length == 0) {
			return NO_DATA;
		}
		int index = Arrays.binarySearch(breaks, value);
		if (index >= 0) {
			return index;
		}
		int insertion = -index - 1;
		return Math.min(insertion, breaks.length - 1);
	}

	/**
	 * Returns the class of an attribute value as a feature holds it ({@code Long} or {@code Double}).
	 *
	 * @param value the value, or {@code null} when it is missing
	 * @return the class index from 0, or {@link #NO_DATA} if the value is {@code null} or NaN
	 */
	public int classOf(Number value) {
		return value == null ? NO_DATA : classOf(value.doubleValue());
	}

	/**
	 * Compares the method and the break values.
	 *
	 * @param other the object to compare with
	 * @return whether {@code other} is a classification with the same method and breaks
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Classification that && method == that.method && Arrays.equals(breaks, that.breaks);
	}

	/**
	 * Returns a hash code consistent with {@link #equals(Object)}.
	 *
	 * @return the hash code
	 */
	@Override
	public int hashCode() {
		return 31 * method.hashCode() + Arrays.hashCode(breaks);
	}

	/**
	 * Returns the method and the breaks, for diagnostics.
	 *
	 * @return a readable description
	 */
	@Override
	public String toString() {
		return "Classification[" + method + ", breaks=" + Arrays.toString(breaks) + "]";
	}
}
