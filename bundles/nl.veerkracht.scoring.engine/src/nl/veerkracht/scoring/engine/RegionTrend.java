package nl.veerkracht.scoring.engine;

import java.util.List;
import java.util.Set;

/**
 * The trend of one region: the change per year of its composite and of each indicator, relative to its
 * gemeente, with an early-warning flag and the reasons to doubt it.
 *
 * @param region              the region
 * @param yearsUsed           number of years in which the region had a composite
 * @param compositeSlope      least-squares change per year of the composite (normalised units; the years are
 *                            normalised against the reference pooled over all trend years), NaN with fewer than
 *                            two years
 * @param slopeStandardError  standard error of that slope, NaN with fewer than three years
 * @param gemeenteSlope       mean composite slope of the regions of the same gemeente
 * @param relativeSlope       {@code compositeSlope - gemeenteSlope}
 * @param earlyWarning        {@code true} when the composite rises ({@code compositeSlope > 0}) and faster than
 *                            the gemeente by more than {@link TrendParameters#minRelativeSlope()}
 * @param uncertainties       why the numbers may mislead; empty when none applies
 * @param indicators          per indicator, in table order
 */
public record RegionTrend(RegionInfo region, int yearsUsed, double compositeSlope, double slopeStandardError,
		double gemeenteSlope, double relativeSlope, boolean earlyWarning, Set<Uncertainty> uncertainties,
		List<IndicatorTrend> indicators) {

	/**
	 * Makes the collections unmodifiable.
	 */
	public RegionTrend {
		uncertainties = Set.copyOf(uncertainties);
		indicators = List.copyOf(indicators);
	}
}
