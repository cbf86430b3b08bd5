package nl.veerkracht.gis.core.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes attribute values as label text the Dutch way: a decimal comma, at most two decimals, and a
 * thousands point only from five digits up (Taalunie: "2024" but "12.345"); {@code true}/{@code false} as
 * "ja"/"nee". Missing values, NaN and blank text give no label.
 */
final class LabelText {

	private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));
	private static final int MAX_DECIMALS = 2;
	private static final double GROUPING_FROM = 10_000;

	private LabelText() {
	}

	/**
	 * Returns the label text of a value.
	 *
	 * @param value an attribute value ({@code String}, {@code Long}, {@code Double}, {@code Boolean}, ...)
	 *        or {@code null}
	 * @return the text, or {@code null} if the value gives no label
	 */
	static String of(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean bool) {
			return bool ? "ja" : "nee";
		}
		if (value instanceof Number number) {
			return number(number);
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	private static String number(Number number) {
		double magnitude = Math.abs(number.doubleValue());
		if (Double.isNaN(magnitude) || Double.isInfinite(magnitude)) {
			return null;
		}
		DecimalFormat format = new DecimalFormat("0", DUTCH);
		format.setMaximumFractionDigits(MAX_DECIMALS);
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setGroupingUsed(magnitude >= GROUPING_FROM);
		format.setGroupingSize(3);
		if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
			return format.format(new BigDecimal(number.toString()));
		}
		return format.format(number.longValue());
	}
}
