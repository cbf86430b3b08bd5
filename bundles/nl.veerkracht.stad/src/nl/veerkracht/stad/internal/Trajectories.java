package nl.veerkracht.stad.internal;

import nl.veerkracht.stad.YearBalance;

/**
 * The numbers of one run on primitive arrays, allocated once per run: per buurt and year the households, the
 * vulnerable households, the dwellings per segment, the expected-problem index and the projected kwetsbaarheid score (NaN without a projection), and per year the unplaced
 * households. Cell {@code t * buurten + b} is buurt {@code b} in year offset {@code t} (0 = the start year);
 * dwellings have {@link #SEGMENTS} values per cell. Filled by {@link Simulator#runArrays(int)}.
 */
public final class Trajectories {

	/** Values per cell in {@link #dwellings}: one per segment, in segment order. */
	public static final int SEGMENTS = nl.veerkracht.stad.Segment.values().length;

	final int buurten;
	final int years;
	final int[] households;
	final int[] vulnerable;
	final int[] dwellings;
	final double[] problemIndex;
	final double[] kwetsbaarheid;
	final int[] unplaced;

	Trajectories(int buurten, int years) {
		this.buurten = buurten;
		this.years = years;
		households = new int[buurten * years];
		vulnerable = new int[buurten * years];
		dwellings = new int[buurten * years * SEGMENTS];
		problemIndex = new double[buurten * years];
		kwetsbaarheid = new double[buurten * years];
		unplaced = new int[years];
	}

	/** @return the number of buurten */
	public int buurten() {
		return buurten;
	}

	/** @return the number of years, the start year included */
	public int years() {
		return years;
	}

	/**
	 * @param t year offset, 0 = the start year
	 * @param b buurt index
	 * @return households
	 */
	public int households(int t, int b) {
		return households[t * buurten + b];
	}

	/**
	 * @param t year offset
	 * @param b buurt index
	 * @return vulnerable households
	 */
	public int vulnerable(int t, int b) {
		return vulnerable[t * buurten + b];
	}

	/**
	 * @param t year offset
	 * @param b buurt index
	 * @return vulnerable / households, NaN without households (as {@code BuurtYear.vulnerableShare()})
	 */
	public double vulnerableShare(int t, int b) {
		int cell = t * buurten + b;
		return households[cell] == 0 ? Double.NaN : (double) vulnerable[cell] / households[cell];
	}

	/**
	 * @param t       year offset
	 * @param b       buurt index
	 * @param segment segment ordinal
	 * @return dwellings of that segment
	 */
	public int dwellings(int t, int b, int segment) {
		return dwellings[(t * buurten + b) * SEGMENTS + segment];
	}

	/**
	 * @param t year offset
	 * @param b buurt index
	 * @return the expected-problem index, NaN without households
	 */
	public double problemIndex(int t, int b) {
		return problemIndex[t * buurten + b];
	}

	/**
	 * @param t year offset
	 * @param b buurt index
	 * @return the projected kwetsbaarheid score, NaN without a projection or when the buurt cannot be scored
	 */
	public double kwetsbaarheid(int t, int b) {
		return kwetsbaarheid[t * buurten + b];
	}

	/**
	 * @param t year offset
	 * @return displaced vulnerable households without a vacancy in that year
	 */
	public int unplaced(int t) {
		return unplaced[t];
	}

	/**
	 * @param t year offset
	 * @return the largest vulnerable share in that year among the buurten with at least
	 *         {@link YearBalance#CONCENTRATION_MINIMUM} households (among all with households when none has that
	 *         many), NaN when no buurt has households; as {@link BalanceCalculator#balance}
	 */
	public double largestShare(int t) {
		double largest = largestShare(t, YearBalance.CONCENTRATION_MINIMUM);
		return Double.isNaN(largest) ? largestShare(t, 1) : largest;
	}

	private double largestShare(int t, int minimumHouseholds) {
		double largest = Double.NaN;
		for (int b = 0; b < buurten; b++) {
			double share = vulnerableShare(t, b);
			if (households(t, b) >= minimumHouseholds && !Double.isNaN(share) && (Double.isNaN(largest) || share > largest)) {
				largest = share;
			}
		}
		return largest;
	}

	/**
	 * @param t year offset
	 * @return the index of dissimilarity of that year, as {@link BalanceCalculator#dissimilarity}
	 */
	public double dissimilarity(int t) {
		long vulnerableTotal = 0;
		long others = 0;
		int from = t * buurten;
		for (int cell = from; cell < from + buurten; cell++) {
			vulnerableTotal += vulnerable[cell];
			others += households[cell] - vulnerable[cell];
		}
		if (vulnerableTotal == 0 || others == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int cell = from; cell < from + buurten; cell++) {
			sum += Math.abs((double) vulnerable[cell] / vulnerableTotal
					- (double) (households[cell] - vulnerable[cell]) / others);
		}
		return sum / 2;
	}
}
