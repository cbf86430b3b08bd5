package nl.veerkracht.scoring.engine;

import java.util.Map;

/**
 * Parameters of the trend analysis ({@link Trends}).
 *
 * @param minRelativeSlope the composite must rise faster than the gemeente by more than this (normalised units
 *                         per year) for an early warning
 * @param smallPopulation  regions with fewer known inhabitants get {@link Uncertainty#SMALL_POPULATION}
 * @param minYears         fewer years with a composite give {@link Uncertainty#FEW_YEARS}
 * @param roundingSteps    the rounding step of an indicator's raw values by indicator id (e.g. 1 for
 *                         percentages CBS publishes as whole numbers); indicators not listed get a step inferred
 *                         from the data (the largest of 1, 0.1, 0.01 of which every value is a multiple, else 0)
 */
public record TrendParameters(double minRelativeSlope, long smallPopulation, int minYears,
		Map<String, Double> roundingSteps) {

	/**
	 * Validates and copies.
	 *
	 * @throws IllegalArgumentException if a value is negative or minYears is below 2
	 */
	public TrendParameters {
		roundingSteps = Map.copyOf(roundingSteps);
		if (!(minRelativeSlope >= 0) || smallPopulation < 0 || minYears < 2) {
			throw new IllegalArgumentException(
					"minRelativeSlope >= 0, smallPopulation >= 0, minYears >= 2: " + minRelativeSlope + ", "
							+ smallPopulation + ", " + minYears);
		}
	}

	/**
	 * Returns the defaults for a normalisation method: an early warning needs a composite rising more than
	 * 0.1 standard deviation per year faster than the gemeente (z-score), or 0.04 percentile per year (rank;
	 * about the same near the centre of a normal distribution, whose density there is 0.4); fewer than 500
	 * inhabitants is small; three years are needed for an error estimate; rounding steps inferred.
	 *
	 * @param method the normalisation method of the scores
	 * @return the defaults
	 */
	public static TrendParameters defaults(NormalisationMethod method) {
		return new TrendParameters(method == NormalisationMethod.Z_SCORE ? 0.1 : 0.04, 500, 3, Map.of());
	}
}
