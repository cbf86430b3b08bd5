package nl.veerkracht.scoring.ui.table;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The Dutch number formats of the Indicatoren table: decimal comma and, on screen, a dot between
 * thousands; in copies and exports a decimal comma without grouping and with full precision, which a Dutch
 * spreadsheet reads as a number. Thread-safe (one format per thread).
 */
final class NumberTexts {

	/** The locale of all numbers shown and exported. */
	static final Locale DUTCH = Locale.forLanguageTag("nl-NL"); //$NON-NLS-1$

	private static final int EXPORT_FRACTION_DIGITS = 10;
	private static final ThreadLocal<NumberFormat> SCREEN = ThreadLocal
			.withInitial(() -> NumberFormat.getNumberInstance(DUTCH));
	private static final ThreadLocal<NumberFormat> EXPORT = ThreadLocal.withInitial(() -> {
		NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(EXPORT_FRACTION_DIGITS);
		return format;
	});

	private NumberTexts() {
	}

	/**
	 * Formats a number for the screen with a fixed number of decimals.
	 *
	 * @param value    a finite number
	 * @param decimals the number of decimals
	 * @return for example {@code "1.234,5"}
	 */
	static String screen(double value, int decimals) {
		NumberFormat format = SCREEN.get();
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value == 0 ? 0.0 : value); // no "-0,00"
	}

	/**
	 * Formats a number for the screen with a sign, for changes.
	 *
	 * @param value    a finite number
	 * @param decimals the number of decimals
	 * @return for example {@code "+0,012"} or {@code "-0,300"}
	 */
	static String signed(double value, int decimals) {
		String text = screen(value, decimals);
		return value > 0 && !text.equals(screen(0, decimals)) ? "+" + text : text; //$NON-NLS-1$
	}

	/**
	 * Formats a number for a copy or an export: full precision, decimal comma, no grouping.
	 *
	 * @param value a finite number
	 * @return for example {@code "1234,56789"}
	 */
	static String export(double value) {
		return EXPORT.get().format(value);
	}

	/**
	 * Formats a share as a percentage for the screen, without decimals.
	 *
	 * @param share a share in [0, 1]
	 * @return for example {@code "85 %"}
	 */
	static String percent(double share) {
		return screen(100 * share, 0) + " %"; //$NON-NLS-1$
	}
}
