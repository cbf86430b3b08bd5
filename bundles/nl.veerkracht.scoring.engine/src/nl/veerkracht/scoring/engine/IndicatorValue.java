package nl.veerkracht.scoring.engine;

import java.util.Objects;

/**
 * One value of one indicator for one region in one year, with where it came from.
 *
 * @param regionCode    the region code, e.g. {@code "BU05990110"}
 * @param indicatorId   the {@link IndicatorSpec#id()} of the indicator
 * @param year          the year the value describes
 * @param value         the raw value in the indicator's unit, or {@link Double#NaN} when it is missing
 * @param missingReason why the value is missing (e.g. "geheim bij CBS", "nog niet gepubliceerd"), or
 *                      {@code null} when the value is present
 * @param sourceColumn  the source column(s) the value was computed from, e.g.
 *                      {@code "Huishoudens met een laag inkomen"}; never {@code null}, may be empty
 */
public record IndicatorValue(String regionCode, String indicatorId, int year, double value, String missingReason,
		String sourceColumn) {

	/**
	 * Validates the fields.
	 *
	 * @throws NullPointerException     if a code, id or the source column is {@code null}
	 * @throws IllegalArgumentException if the value is infinite, or missing without a reason
	 */
	public IndicatorValue {
		Objects.requireNonNull(regionCode, "regionCode");
		Objects.requireNonNull(indicatorId, "indicatorId");
		Objects.requireNonNull(sourceColumn, "sourceColumn");
		if (Double.isInfinite(value)) {
			throw new IllegalArgumentException(indicatorId + " of " + regionCode + " in " + year + " is infinite");
		}
		if (Double.isNaN(value) && (missingReason == null || missingReason.isBlank())) {
			throw new IllegalArgumentException(
					indicatorId + " of " + regionCode + " in " + year + " is missing without a reason");
		}
	}

	/**
	 * Creates a present value.
	 *
	 * @param regionCode   the region code
	 * @param indicatorId  the indicator id
	 * @param year         the year
	 * @param value        the finite raw value
	 * @param sourceColumn the source column
	 * @return the value
	 */
	public static IndicatorValue of(String regionCode, String indicatorId, int year, double value,
			String sourceColumn) {
		if (Double.isNaN(value)) {
			throw new IllegalArgumentException("use missing(...) for a missing value");
		}
		return new IndicatorValue(regionCode, indicatorId, year, value, null, sourceColumn);
	}

	/**
	 * Creates a missing value.
	 *
	 * @param regionCode   the region code
	 * @param indicatorId  the indicator id
	 * @param year         the year
	 * @param reason       why it is missing
	 * @param sourceColumn the source column that would have held it
	 * @return the value
	 */
	public static IndicatorValue missing(String regionCode, String indicatorId, int year, String reason,
			String sourceColumn) {
		return new IndicatorValue(regionCode, indicatorId, year, Double.NaN, reason, sourceColumn);
	}

	/**
	 * Tells whether the value is missing.
	 *
	 * @return {@code true} when {@link #value()} is NaN
	 */
	public boolean isMissing() {
		return Double.isNaN(value);
	}
}
