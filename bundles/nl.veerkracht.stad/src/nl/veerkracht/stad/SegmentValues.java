package nl.veerkracht.stad;

import java.util.Arrays;

/**
 * An immutable number per {@link Segment}: a rate, a share or a count. Used for the stock of a buurt, turnover
 * rates and inflow shares.
 *
 * @param corporatieHuur the value for {@link Segment#CORPORATIE_HUUR}
 * @param overigeHuur    the value for {@link Segment#OVERIGE_HUUR}
 * @param koop           the value for {@link Segment#KOOP}
 */
public record SegmentValues(double corporatieHuur, double overigeHuur, double koop) {

	/**
	 * @param segment a segment
	 * @return the value of that segment
	 */
	public double get(Segment segment) {
		return switch (segment) {
			case CORPORATIE_HUUR -> corporatieHuur;
			case OVERIGE_HUUR -> overigeHuur;
			case KOOP -> koop;
		};
	}

	/**
	 * @param segment the segment to change
	 * @param value   its new value
	 * @return a copy with {@code segment} set to {@code value}
	 */
	public SegmentValues with(Segment segment, double value) {
		return new SegmentValues(segment == Segment.CORPORATIE_HUUR ? value : corporatieHuur,
				segment == Segment.OVERIGE_HUUR ? value : overigeHuur, segment == Segment.KOOP ? value : koop);
	}

	/**
	 * @param factor a multiplier
	 * @param max    the upper bound of every result
	 * @return every value multiplied by {@code factor}, capped at {@code max}
	 */
	public SegmentValues scaled(double factor, double max) {
		return new SegmentValues(Math.min(max, corporatieHuur * factor), Math.min(max, overigeHuur * factor),
				Math.min(max, koop * factor));
	}

	/** @return the sum over all segments */
	public double total() {
		return corporatieHuur + overigeHuur + koop;
	}

	/** @return the values as an array in {@link Segment#ordinal()} order */
	public double[] toArray() {
		return new double[] { corporatieHuur, overigeHuur, koop };
	}

	/**
	 * @param values three values in {@link Segment#ordinal()} order
	 * @return the segment values
	 */
	public static SegmentValues of(double[] values) {
		if (values.length != Segment.values().length) {
			throw new IllegalArgumentException("expected " + Segment.values().length + " values: " + Arrays.toString(values));
		}
		return new SegmentValues(values[0], values[1], values[2]);
	}

	/**
	 * Checks that every value lies in [0, 1].
	 *
	 * @param what the name used in the error message
	 * @return this
	 * @throws IllegalArgumentException when a value lies outside [0, 1]
	 */
	public SegmentValues requireFractions(String what) {
		for (Segment segment : Segment.values()) {
			double value = get(segment);
			if (!(value >= 0 && value <= 1)) {
				throw new IllegalArgumentException(what + " of " + segment.label() + " must lie in [0, 1]: " + value);
			}
		}
		return this;
	}
}
