package nl.veerkracht.report.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report prints them: Dutch notation (decimal comma, a point between thousands), a plain
 * hyphen as minus sign (the PDF's standard fonts have no U+2212) and a dash for a missing value, never 0.
 */
public final class DutchNumbers {

	/** What a missing number prints as. */
	public static final String MISSING = "\u2013";

	private DutchNumbers() {
	}

	/**
	 * @param value a number, NaN when missing
	 * @param decimals the number of decimals
	 * @return e.g. "1.234,56", or {@link #MISSING}
	 */
	public static String format(double value, int decimals) {
		if (!Double.isFinite(value)) {
			return MISSING;
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));
		symbols.setMinusSign('-');
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator('.');
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
		String text = format.format(value);
		return text.matches("-0(,0*)?") ? text.substring(1) : text;
	}

	/**
	 * @param value a kwetsbaarheid score, NaN when missing
	 * @return two decimals, e.g. "1,23"
	 */
	public static String score(double value) {
		return format(value, 2);
	}

	/**
	 * @param value a change per year, NaN when missing
	 * @return with its sign and two decimals, e.g. "+0,12"
	 */
	public static String signed(double value) {
		String text = format(value, 2);
		return Double.isFinite(value) && value > 0 && !text.equals("0,00") ? "+" + text : text;
	}

	/**
	 * @param share a share in [0, 1], NaN when missing
	 * @return a whole percentage, e.g. "85%"
	 */
	public static String percent(double share) {
		return Double.isFinite(share) ? format(100 * share, 0) + "%" : MISSING;
	}

	/**
	 * @param value an indicator value, NaN when missing
	 * @return with one decimal below 100 and none above, e.g. "23,4" or "187.000"
	 */
	public static String value(double value) {
		return format(value, Double.isFinite(value) && Math.abs(value) >= 100 ? 0 : 1);
	}
}
