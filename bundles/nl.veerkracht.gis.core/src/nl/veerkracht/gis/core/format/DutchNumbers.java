package nl.veerkracht.gis.core.format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a Dutch reader expects them, whatever the platform locale, in one style for the views of the signal
 * map and the Stadsbalans and for the reports (QuickScan, notitie): a decimal comma and a thousands point
 * ({@code 1.234,5}), a plain hyphen as minus sign (the PDF's standard fonts have no U+2212), a dash for a missing
 * (not finite) number, never {@code 0}, and never {@code -0} or {@code -0,0}. Exports use a decimal comma without
 * grouping and with full precision, which a Dutch spreadsheet reads as a number.
 * <p>
 * Where the views and the reports write the same kind of number differently, both forms are here under names that
 * say the difference: {@link #percent} ({@code 85 %}, as the attribute table and the Properties view write CBS
 * percentages) and {@link #percentNoSpace} ({@code 85%}, the reports), {@link #upToOneDecimal} ({@code 23},
 * {@code 45,3}) and {@link #oneDecimalBelowHundred} ({@code 23,0}, {@code 187}). Thread-safe.
 */
public final class DutchNumbers {

	/** The locale of the figures. */
	public static final Locale DUTCH = Locale.forLanguageTag("nl-NL"); //$NON-NLS-1$

	/** What a missing (not finite) number shows as. */
	public static final String MISSING = "\u2013"; //$NON-NLS-1$

	private static final DecimalFormatSymbols SYMBOLS = symbols();
	private static final int EXPORT_FRACTION_DIGITS = 10;
	private static final double ONE_DECIMAL_BELOW = 100;

	private DutchNumbers() {
	}

	/**
	 * @param value  a number
	 * @param digits the number of decimals, 0 or more
	 * @return for example {@code 0,523}, {@code -1.250,0}, {@code 0,00} for {@code -0,001}, or {@link #MISSING}
	 */
	public static String decimal(double value, int digits) {
		if (!Double.isFinite(value)) {
			return MISSING;
		}
		String text = format(digits > 0 ? "#,##0." + "0".repeat(digits) : "#,##0").format(value); //$NON-NLS-1$ //$NON-NLS-2$
		return isNegativeZero(text) ? text.substring(1) : text;
	}

	/**
	 * @param value  a number
	 * @param digits the number of decimals
	 * @return the decimal with an explicit sign except for zero, for example {@code +0,12}, {@code -0,30},
	 *         {@code 0,00}, or {@link #MISSING}
	 */
	public static String signed(double value, int digits) {
		String text = decimal(value, digits);
		return Double.isFinite(value) && value > 0 && !text.equals(decimal(0, digits)) ? "+" + text : text; //$NON-NLS-1$
	}

	/**
	 * The views' form of a raw indicator value.
	 *
	 * @param value a raw indicator value
	 * @return at most one decimal, none when whole: {@code 23}, {@code 45,3}, {@code 1.312}, or {@link #MISSING}
	 */
	public static String upToOneDecimal(double value) {
		if (!Double.isFinite(value)) {
			return MISSING;
		}
		String text = format("#,##0.#").format(value); //$NON-NLS-1$
		return isNegativeZero(text) ? text.substring(1) : text;
	}

	/**
	 * The reports' form of an indicator value.
	 *
	 * @param value an indicator value
	 * @return one decimal below 100 and none from 100 on, e.g. {@code 23,0}, {@code 23,4} or {@code 187.000}, or
	 *         {@link #MISSING}
	 */
	public static String oneDecimalBelowHundred(double value) {
		return decimal(value, Double.isFinite(value) && Math.abs(value) >= ONE_DECIMAL_BELOW ? 0 : 1);
	}

	/**
	 * The views' form of a percentage.
	 *
	 * @param share a share in [0, 1]
	 * @return a whole percentage with a space before the sign, for example {@code 87 %}, or {@link #MISSING}
	 */
	public static String percent(double share) {
		return Double.isFinite(share) ? decimal(100 * share, 0) + " %" : MISSING; //$NON-NLS-1$
	}

	/**
	 * The reports' form of a percentage.
	 *
	 * @param share a share in [0, 1]
	 * @return a whole percentage without a space before the sign, for example {@code 85%}, or {@link #MISSING}
	 */
	public static String percentNoSpace(double share) {
		return Double.isFinite(share) ? decimal(100 * share, 0) + "%" : MISSING; //$NON-NLS-1$
	}

	/**
	 * @param share a share in [0, 1]
	 * @return with one decimal and a space before the sign, for example {@code 12,5 %}, or {@link #MISSING}
	 */
	public static String percentOneDecimal(double share) {
		return Double.isFinite(share) ? decimal(100 * share, 1) + " %" : MISSING; //$NON-NLS-1$
	}

	/**
	 * @param fraction a relative difference, 0.44 for 44 % more
	 * @return for example {@code +44 %} or {@code -12 %}, or {@link #MISSING}
	 */
	public static String signedPercent(double fraction) {
		return Double.isFinite(fraction) ? signed(100 * fraction, 0) + " %" : MISSING; //$NON-NLS-1$
	}

	/**
	 * @param value a count
	 * @return for example {@code 5.780}
	 */
	public static String integer(long value) {
		return format("#,##0").format(value); //$NON-NLS-1$
	}

	/**
	 * @param value a finite number
	 * @return for a copy or an export: full precision, decimal comma, no grouping, for example
	 *         {@code 1234,56789}
	 */
	public static String export(double value) {
		DecimalFormat format = format("0"); //$NON-NLS-1$
		format.setMaximumFractionDigits(EXPORT_FRACTION_DIGITS);
		return format.format(value == 0 ? 0.0 : value);
	}

	private static boolean isNegativeZero(String text) {
		return text.matches("-0(,0*)?"); //$NON-NLS-1$
	}

	private static DecimalFormat format(String pattern) {
		return new DecimalFormat(pattern, SYMBOLS); // the format copies the symbols: the shared ones are never changed
	}

	private static DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(DUTCH);
		symbols.setMinusSign('-');
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator('.');
		return symbols;
	}
}
