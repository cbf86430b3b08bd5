package nl.veerkracht.stad;

import java.util.Map;

import nl.veerkracht.scoring.engine.Klasse;

/**
 * The city-wide balance figures of one year.
 *
 * @param year               the calendar year
 * @param buurtenPerKlasse   the number of buurten in each class (every class present, possibly 0)
 * @param largestBuurt       the code of the buurt with the largest vulnerable share (the first one on a tie) among
 *                           the buurten with at least {@value #CONCENTRATION_MINIMUM} households, or among all
 *                           buurten with households when none has that many; null when no buurt has households
 * @param largestShare       its vulnerable share, NaN when none
 * @param dissimilarity      the index of dissimilarity of vulnerable against other households,
 *                           D = ½ Σ |v<sub>i</sub>/V − n<sub>i</sub>/N|, in [0, 1]; NaN when either group is
 *                           empty
 * @param vulnerableTotal    vulnerable households in the whole city
 * @param householdsTotal    households in the whole city
 * @param unplaced           vulnerable households displaced by demolition this year for whom no vacancy was found
 *                           anywhere (0 in any plausible scenario; shown so nothing is lost silently)
 */
public record YearBalance(int year, Map<Klasse, Integer> buurtenPerKlasse, String largestBuurt, double largestShare,
		double dissimilarity, long vulnerableTotal, long householdsTotal, int unplaced) {

	/**
	 * The households a buurt needs in a year to count for the largest concentration: the share of a business park
	 * with a few dozen households says little about where vulnerable households concentrate, and it barely moves,
	 * so it would hide the concentrations that choices change.
	 */
	public static final int CONCENTRATION_MINIMUM = 100;

	/** Copies the map. */
	public YearBalance {
		buurtenPerKlasse = Map.copyOf(buurtenPerKlasse);
	}
}
