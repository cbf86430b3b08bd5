package nl.veerkracht.scoring.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a Dutch reader expects them, whatever the platform locale, in one style for every view of the
 * signal map (Buurtprofiel, Indicatoren, Gewichten, the wijkschets's Buurten page): a decimal comma and a
 * thousands point ({@code 1.234,5}), a percentage with a space before the sign ({@code 85 %}, as the
 * attribute table and the Properties view write CBS percentages), a dash for a missing number, no
 * {@code -0,0}. Exports use a decimal comma without grouping and with full precision, which a Dutch spreadsheet
 * reads as a number. Thread-safe.
 */
public final class DutchNumbers {

	/** The locale of the figures. */
	public static final Locale DUTCH = Locale.forLanguageTag("nl-NL"); //$NON-NLS-1$

	/** What a missing (not finite) number shows as. */
	public static final String MISSING = "\u2013"; //$NON-NLS-1$

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(DUTCH);
	private static final int EXPORT_FRACTION_DIGITS = 10;

	private DutchNumbers() {
	}

	/**
	 * @param value  a number
	 * @param digits the number of decimals
	 * @return for example {@code 0,523}, {@code -1.250,0}, or {@link #MISSING}
	 */
	public static String decimal(double value, int digits) {
		if (!Double.isFinite(value)) {
			return MISSING;
		}
		if (Math.abs(value) < 0.5 * Math.pow(10, -digits)) {
			value = 0; // no "-0,000"
		}
		return format(digits > 0 ? "#,##0." + "0".repeat(digits) : "#,##0").format(value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param value  a number
	 * @param digits the number of decimals
	 * @return the decimal with an explicit sign except for zero, for example {@code +0,12}, {@code -0,30},
	 *         {@code 0,00}
	 */
	public static String signed(double value, int digits) {
		String text = decimal(value, digits);
		return Double.isFinite(value) && value > 0 && !text.equals(decimal(0, digits)) ? "+" + text : text; //$NON-NLS-1$
	}

	/**
	 * @param value a raw indicator value
	 * @return at most one decimal, none when whole: {@code 23}, {@code 45,3}, {@code 1.312}
	 */
	public static String raw(double value) {
		return Double.isFinite(value) ? format("#,##0.#").format(value) : MISSING; //$NON-NLS-1$
	}

	/**
	 * @param share a share in [0, 1]
	 * @return for example {@code 87 %}
	 */
	public static String percent(double share) {
		return Double.isFinite(share) ? decimal(100 * share, 0) + " %" : MISSING; //$NON-NLS-1$
	}

	/**
	 * @param share a share in [0, 1]
	 * @return with one decimal, for example {@code 12,5 %}
	 */
	public static String percentOneDecimal(double share) {
		return Double.isFinite(share) ? decimal(100 * share, 1) + " %" : MISSING; //$NON-NLS-1$
	}

	/**
	 * @param fraction a relative difference, 0.44 for 44 % more
	 * @return for example {@code +44 %} or {@code -12 %}
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

	private static DecimalFormat format(String pattern) {
		return new DecimalFormat(pattern, SYMBOLS);
	}
}
