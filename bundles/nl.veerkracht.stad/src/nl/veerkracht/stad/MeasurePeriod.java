package nl.veerkracht.stad;

/**
 * The years in which a handelingsperspectief acts, from the dates of its measures: from the first year through the
 * last, both included. A period without an end runs to {@link #OPEN_END}. Being a record, two periods with the same
 * years are equal, so a {@link PerspectiveMix} compares its periods as values.
 *
 * @param from the first year it acts
 * @param to   the last year it acts, at least {@code from}; {@link #OPEN_END} when it has no end
 */
public record MeasurePeriod(int from, int to) {

	/** The last year of a period without an end. */
	public static final int OPEN_END = Integer.MAX_VALUE;

	/**
	 * Checks the years.
	 *
	 * @throws IllegalArgumentException when {@code to < from}
	 */
	public MeasurePeriod {
		if (to < from) {
			throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
		}
	}

	/**
	 * @param from the first year it acts
	 * @return the period from that year without an end
	 */
	public static MeasurePeriod startingIn(int from) {
		return new MeasurePeriod(from, OPEN_END);
	}

	/**
	 * @param year a calendar year
	 * @return whether the period holds that year
	 */
	public boolean contains(int year) {
		return year >= from && year <= to;
	}

	/** @return whether the period has no end */
	public boolean isOpenEnded() {
		return to == OPEN_END;
	}

	/** @return the years, e.g. {@code 2025-2028}, or {@code 2025-} without an end */
	@Override
	public String toString() {
		return from + "-" + (isOpenEnded() ? "" : String.valueOf(to));
	}
}
