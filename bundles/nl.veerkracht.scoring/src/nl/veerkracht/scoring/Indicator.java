package nl.veerkracht.scoring;

/**
 * Computes one indicator for one region and year from CBS data. Contributed through the extension point
 * {@code nl.veerkracht.scoring.indicators}, whose contribution also says the indicator's id, labels, unit,
 * domain, direction, role, default weight and the catalogue variables it reads.
 * <p>
 * An implementation has a public no-argument constructor, keeps no state between calls and is
 * thread-safe: the engine computes many regions and years at once. It reads only the variables its
 * contribution declares, and it returns {@link IndicatorResult.Missing} (never 0) when an input is missing;
 * the helpers of {@link IndicatorInput} and {@link IndicatorResult} propagate missing inputs with their
 * reasons.
 */
public interface Indicator {

	/**
	 * Computes the indicator's value for the region and year of the input.
	 *
	 * @param input the CBS values of one region and year, limited to the declared variables
	 * @return the value in the indicator's unit, or missing with its cause
	 */
	IndicatorResult compute(IndicatorInput input);
}
