package nl.veerkracht.scoring.engine;

import java.util.List;

/**
 * Why a region got its score: every indicator's raw value, unit, year, source column, normalised value,
 * weight and contribution (see {@link Contribution}), with the parameters that produced it. The
 * contributions of the contributing lines sum to {@link #composite()} (up to rounding).
 *
 * @param region        the region
 * @param year          the year
 * @param parameters    the scoring parameters (reference, method, minimum coverage, class rule)
 * @param contributions one line per indicator, in table order (context indicators included, with weight 0)
 * @param coverage      the share of the total kwetsbaarheid weight that was available
 * @param composite     the composite, NaN for geen gegevens
 * @param klasse        the class
 * @param draagkracht   the drager/vrager ratio, NaN when unavailable
 */
public record Explanation(RegionInfo region, int year, ScoringParameters parameters, List<Contribution> contributions,
		double coverage, double composite, Klasse klasse, double draagkracht) {

	/**
	 * Makes the list unmodifiable.
	 */
	public Explanation {
		contributions = List.copyOf(contributions);
	}

	/** @return the sum of the contributions, equal to the composite when there is one, else 0 */
	public double sumOfContributions() {
		double sum = 0;
		for (Contribution line : contributions) {
			sum += line.contribution();
		}
		return sum;
	}
}
