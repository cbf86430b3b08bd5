package nl.veerkracht.report.quickscan.internal;

import java.awt.Color;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.report.quickscan.IndicatorComparison;

/**
 * One bar of a buurt profile chart, the same in PDF and SVG: the buurt's difference from the gemeente as a
 * share of the gemeente's value, clamped to &plusmn;100%, coloured by what it means, with the values as text.
 */
public final class ProfileBar {

	/** Colour of a difference towards more vulnerable. */
	public static final Color UNFAVOURABLE = new Color(0xD7, 0x19, 0x1C);
	/** Colour of a difference towards more resilient. */
	public static final Color FAVOURABLE = new Color(0x2C, 0x7B, 0xB6);
	/** Colour of a context indicator. */
	public static final Color CONTEXT = new Color(0x99, 0x99, 0x99);

	private ProfileBar() {
	}

	/**
	 * @param comparison an indicator against the gemeente
	 * @return the bar's length as a share of the half width, in [-1, 1]; 0 when the difference is missing
	 */
	public static double extent(IndicatorComparison comparison) {
		double difference = comparison.relativeDifference();
		return Double.isFinite(difference) ? Math.max(-1, Math.min(1, difference)) : 0;
	}

	/**
	 * @param comparison an indicator against the gemeente
	 * @return the bar's colour
	 */
	public static Color colour(IndicatorComparison comparison) {
		if (comparison.context()) {
			return CONTEXT;
		}
		return comparison.unfavourable() ? UNFAVOURABLE : FAVOURABLE;
	}

	/**
	 * @param comparison an indicator against the gemeente
	 * @return the values as text, e.g. "34,5 (gemeente 21,0) %", or the reason a value is missing
	 */
	public static String values(IndicatorComparison comparison) {
		if (!comparison.missingReason().isEmpty() && !Double.isFinite(comparison.buurt())) {
			return DutchNumbers.MISSING + " " + comparison.missingReason();
		}
		String unit = comparison.unit().isEmpty() ? "" : " " + comparison.unit();
		return DutchNumbers.oneDecimalBelowHundred(comparison.buurt()) + " (gemeente "
				+ DutchNumbers.oneDecimalBelowHundred(comparison.gemeente()) + ")" + unit;
	}
}
