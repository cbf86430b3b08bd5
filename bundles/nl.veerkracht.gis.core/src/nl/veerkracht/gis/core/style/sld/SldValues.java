package nl.veerkracht.gis.core.style.sld;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers and colours as SLD writes them: plain decimals (no exponent) that read back as exactly the same
 * {@code double}, and colours as {@code #rrggbb}.
 */
final class SldValues {

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private SldValues() {
	}

	/**
	 * @param value a finite number
	 * @return the shortest plain decimal that {@link Double#parseDouble} reads back as {@code value},
	 *         e.g. {@code "12"}, {@code "0.5"}, {@code "0.00001"}
	 */
	static String number(double value) {
		if (value == 0) {
			return 1 / value < 0 ? "-0" : "0";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * @param colour an opaque colour
	 * @return e.g. {@code "#e84a27"}
	 */
	static String colour(Color colour) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
	}

	/**
	 * @param text the text of a colour parameter
	 * @return the colour
	 * @throws IllegalArgumentException if the text is not {@code #rrggbb}
	 */
	static Color parseColour(String text) {
		String trimmed = text.strip();
		if (!COLOUR.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("\"" + text + "\" is not a colour of the form #rrggbb");
		}
		return new Color(Integer.parseInt(trimmed.substring(1), 16));
	}

	/**
	 * @param text the text of a numeric parameter or literal
	 * @return the number
	 * @throws IllegalArgumentException if the text is not a finite number
	 */
	static double parseNumber(String text) {
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("\"" + text + "\" is not a number");
	}
}
