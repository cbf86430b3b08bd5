package nl.veerkracht.gis.core.io.csv;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Reads one trimmed cell as a typed value. Missing: an empty cell and the CBS symbols {@code .},
 * {@code x} and {@code -}. Integers are Long, decimals Double (a decimal comma only when the delimiter is
 * {@code ;}; never thousands separators), {@code true}/{@code false} Boolean. A number with a leading
 * zero ({@code 0308}) is a code and stays text.
 */
final class CsvValues {

	/** Cells that mean "no value" in CBS tables. */
	static final Set<String> MISSING = Set.of("", ".", "x", "X", "-");

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
	private static final Pattern DECIMAL_POINT = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+)([eE][+-]?\\d+)?");
	private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?(\\d+,\\d*|,\\d+)");
	private static final Pattern LEADING_ZERO = Pattern.compile("[+-]?0\\d.*");

	private final boolean decimalComma;

	/** @param decimalComma whether {@code 12,5} is a number (files separated by {@code ;}) */
	CsvValues(boolean decimalComma) {
		this.decimalComma = decimalComma;
	}

	/** @return the value: null, String, Long, Double or Boolean */
	Object parse(String cell) {
		String text = cell.strip();
		if (MISSING.contains(text)) {
			return null;
		}
		if (LEADING_ZERO.matcher(text).matches()) {
			return text;
		}
		if (INTEGER.matcher(text).matches()) {
			try {
				return Long.parseLong(text);
			} catch (NumberFormatException tooLarge) {
				return Double.parseDouble(text);
			}
		}
		if (DECIMAL_POINT.matcher(text).matches()) {
			return Double.parseDouble(text);
		}
		if (decimalComma && DECIMAL_COMMA.matcher(text).matches()) {
			return Double.parseDouble(text.replace(',', '.'));
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.equals("true") || lower.equals("false")) {
			return Boolean.valueOf(lower);
		}
		return text;
	}
}
