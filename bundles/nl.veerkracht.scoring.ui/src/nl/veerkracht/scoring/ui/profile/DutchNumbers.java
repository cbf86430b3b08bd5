package nl.veerkracht.scoring.ui.profile;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a Dutch reader expects them, whatever the platform locale: a decimal comma and a thousands
 * point ({@code 1.234,5}), a dash for a missing number. UI thread only (the formats are not thread-safe).
 */
final class DutchNumbers {

	/** The locale of the figures. */
	static final Locale DUTCH = Locale.forLanguageTag("nl-NL"); //$NON-NLS-1$

	/** What a missing number shows as. */
	static final String MISSING = "\u2013"; //$NON-NLS-1$

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(DUTCH);

	private DutchNumbers() {
	}

	/**
	 * @param value  a number
	 * @param digits the number of decimals
	 * @return for example {@code 0,523} or {@code -1,250}
	 */
	static String decimal(double value, int digits) {
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
	 * @return the decimal with an explicit sign, for example {@code +0,12}
	 */
	static String signed(double value, int digits) {
		String text = decimal(value, digits);
		return Double.isFinite(value) && !text.startsWith("-") ? "+" + text : text; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param value a raw indicator value
	 * @return at most one decimal, none when whole: {@code 23}, {@code 45,3}, {@code 1.312}
	 */
	static String raw(double value) {
		return Double.isFinite(value) ? format("#,##0.#").format(value) : MISSING; //$NON-NLS-1$
	}

	/**
	 * @param share a share in [0, 1]
	 * @return for example {@code 87%}
	 */
	static String percent(double share) {
		return Double.isFinite(share) ? format("#,##0").format(100 * share) + "%" : MISSING; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param share a share in [0, 1]
	 * @return with one decimal, for example {@code 12,5%}
	 */
	static String percentOneDecimal(double share) {
		return Double.isFinite(share) ? format("#,##0.0").format(100 * share) + "%" : MISSING; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param fraction a relative difference, 0.44 for 44% more
	 * @return for example {@code +44%} or {@code -12%}
	 */
	static String signedPercent(double fraction) {
		if (!Double.isFinite(fraction)) {
			return MISSING;
		}
		long rounded = Math.round(100 * fraction);
		return (rounded > 0 ? "+" : "") + format("#,##0").format(rounded) + "%"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * @param value a count
	 * @return for example {@code 5.780}
	 */
	static String integer(long value) {
		return format("#,##0").format(value); //$NON-NLS-1$
	}

	private static DecimalFormat format(String pattern) {
		return new DecimalFormat(pattern, SYMBOLS);
	}
}
