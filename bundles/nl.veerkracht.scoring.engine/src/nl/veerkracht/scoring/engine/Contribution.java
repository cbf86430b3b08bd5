package nl.veerkracht.scoring.engine;

/**
 * One line of an {@link Explanation}: how one indicator entered (or did not enter) a region's composite.
 *
 * @param spec          the indicator
 * @param input         the raw input with its year, source column and missing reason
 * @param normalised    the normalised, direction-corrected value (higher = more vulnerable), NaN when missing
 * @param userWeight    the analyst's weight as set
 * @param weight        the weight after re-normalisation over the available indicators (these sum to one over
 *                      the contributing lines); zero when the value is missing, the indicator does not enter
 *                      the composite, or the region has no composite
 * @param contribution  {@code weight * normalised}; the contributions sum to the composite; zero when the
 *                      indicator does not contribute
 */
public record Contribution(IndicatorSpec spec, IndicatorValue input, double normalised, double userWeight,
		double weight, double contribution) {

	/** @return {@code true} when the line adds to the composite */
	public boolean contributes() {
		return weight > 0;
	}
}
