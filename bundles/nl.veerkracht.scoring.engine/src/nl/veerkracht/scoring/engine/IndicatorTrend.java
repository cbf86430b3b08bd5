package nl.veerkracht.scoring.engine;

/**
 * The trend of one indicator in one region, in raw units.
 *
 * @param spec           the indicator
 * @param slope          least-squares change per year of the raw value, NaN with fewer than two values
 * @param gemeenteSlope  the mean slope of the regions of the same gemeente, NaN when none has one
 * @param relativeSlope  {@code slope - gemeenteSlope}
 * @param change         last available minus first available raw value over the period, NaN when undefined
 * @param withinRounding {@code true} when {@code |change|} is no larger than the indicator's rounding step
 */
public record IndicatorTrend(IndicatorSpec spec, double slope, double gemeenteSlope, double relativeSlope,
		double change, boolean withinRounding) {

	/** @return {@code true} when the indicator moves towards more vulnerable faster than the gemeente */
	public boolean worseningFasterThanGemeente() {
		return spec.direction().sign() * relativeSlope > 0;
	}
}
