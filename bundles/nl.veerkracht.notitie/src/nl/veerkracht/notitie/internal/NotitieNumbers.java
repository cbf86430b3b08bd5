package nl.veerkracht.notitie.internal;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.stad.Band;

/**
 * The numbers of the notitie in Dutch notation: shares as percentages with one decimal, bands as "P10–P90".
 */
public final class NotitieNumbers {

	private NotitieNumbers() {
	}

	/**
	 * @param share a share in [0, 1], NaN when missing
	 * @return e.g. "23,4%", or a dash
	 */
	public static String percent(double share) {
		return Double.isFinite(share) ? DutchNumbers.decimal(100 * share, 1) + "%" : DutchNumbers.MISSING;
	}

	/**
	 * @param band a band of shares
	 * @return its P10–P90 range, e.g. "21,0–25,8%", or a dash when missing
	 */
	public static String percentBand(Band band) {
		if (!Double.isFinite(band.p10()) || !Double.isFinite(band.p90())) {
			return DutchNumbers.MISSING;
		}
		return DutchNumbers.decimal(100 * band.p10(), 1) + "\u2013" + DutchNumbers.decimal(100 * band.p90(), 1) + "%";
	}

	/**
	 * @param value an index in [0, 1], NaN when missing
	 * @return with two decimals, e.g. "0,31"
	 */
	public static String index(double value) {
		return DutchNumbers.decimal(value, 2);
	}

	/**
	 * @param band a band of an index
	 * @return its P10–P90 range, e.g. "0,29–0,33"
	 */
	public static String indexBand(Band band) {
		if (!Double.isFinite(band.p10()) || !Double.isFinite(band.p90())) {
			return DutchNumbers.MISSING;
		}
		return DutchNumbers.decimal(band.p10(), 2) + "\u2013" + DutchNumbers.decimal(band.p90(), 2);
	}

	/**
	 * @param count a count
	 * @return e.g. "1.234"
	 */
	public static String count(long count) {
		return DutchNumbers.decimal(count, 0);
	}
}
