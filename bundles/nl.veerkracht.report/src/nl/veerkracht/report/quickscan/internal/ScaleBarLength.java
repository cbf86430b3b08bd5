package nl.veerkracht.report.quickscan.internal;

import nl.veerkracht.gis.core.format.DutchNumbers;

/**
 * The length of a map's scale bar: a round number of metres (1, 2 or 5 times a power of ten) that is at
 * most a given share of the map's width.
 */
public final class ScaleBarLength {

	private ScaleBarLength() {
	}

	/**
	 * @param metresAcross the width of the map in metres
	 * @return a round length at most a fifth of it, in metres
	 */
	public static double metres(double metresAcross) {
		double target = Math.max(metresAcross / 5, 1);
		double power = Math.pow(10, Math.floor(Math.log10(target)));
		for (double step : new double[] { 5, 2, 1 }) {
			if (step * power <= target) {
				return step * power;
			}
		}
		return power;
	}

	/**
	 * @param metres a length
	 * @return e.g. "500 m" or "5 km"
	 */
	public static String label(double metres) {
		return metres >= 1000 ? DutchNumbers.decimal(metres / 1000, metres % 1000 == 0 ? 0 : 1) + " km"
				: DutchNumbers.decimal(metres, 0) + " m";
	}
}
