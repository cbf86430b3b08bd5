package nl.veerkracht.stad.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.BuurtYear;
import nl.veerkracht.stad.YearBalance;

/** Computes the city-wide balance figures of one year from the buurten of that year. */
public final class BalanceCalculator {

	private BalanceCalculator() {
	}

	/**
	 * @param year     the calendar year
	 * @param buurten  the buurten in that year
	 * @param unplaced displaced vulnerable households without a vacancy in that year
	 * @return the balance figures
	 */
	public static YearBalance balance(int year, List<BuurtYear> buurten, int unplaced) {
		Map<Klasse, Integer> perKlasse = new EnumMap<>(Klasse.class);
		for (Klasse klasse : Klasse.values()) {
			perKlasse.put(klasse, 0);
		}
		long vulnerable = 0;
		long households = 0;
		for (BuurtYear buurt : buurten) {
			perKlasse.merge(buurt.klasse(), 1, Integer::sum);
			vulnerable += buurt.vulnerable();
			households += buurt.households();
		}
		BuurtYear largest = largest(buurten, YearBalance.CONCENTRATION_MINIMUM);
		if (largest == null) {
			largest = largest(buurten, 1);
		}
		return new YearBalance(year, perKlasse, largest == null ? null : largest.code(),
				largest == null ? Double.NaN : largest.vulnerableShare(), dissimilarity(buurten), vulnerable, households,
				unplaced);
	}

	/** The buurt with the largest vulnerable share among those with at least so many households, the first on a tie. */
	private static BuurtYear largest(List<BuurtYear> buurten, int minimumHouseholds) {
		BuurtYear largest = null;
		for (BuurtYear buurt : buurten) {
			if (buurt.households() >= minimumHouseholds && !Double.isNaN(buurt.vulnerableShare())
					&& (largest == null || buurt.vulnerableShare() > largest.vulnerableShare())) {
				largest = buurt;
			}
		}
		return largest;
	}

	/**
	 * The index of dissimilarity of vulnerable against other households: D = ½ Σ |v<sub>i</sub>/V −
	 * n<sub>i</sub>/N| with v<sub>i</sub> the vulnerable and n<sub>i</sub> the other households of buurt i and V, N
	 * their city totals. 0 = evenly spread, 1 = fully separated.
	 *
	 * @param buurten the buurten
	 * @return D in [0, 1], NaN when V or N is 0
	 */
	public static double dissimilarity(List<BuurtYear> buurten) {
		long vulnerable = 0;
		long others = 0;
		for (BuurtYear buurt : buurten) {
			vulnerable += buurt.vulnerable();
			others += buurt.households() - buurt.vulnerable();
		}
		if (vulnerable == 0 || others == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (BuurtYear buurt : buurten) {
			sum += Math.abs((double) buurt.vulnerable() / vulnerable
					- (double) (buurt.households() - buurt.vulnerable()) / others);
		}
		return sum / 2;
	}
}
