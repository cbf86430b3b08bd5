package nl.veerkracht.stad.ui.parameters;

import java.util.OptionalDouble;

/**
 * Numbers as the analyst types and reads them in a Dutch form: a decimal comma (a point is accepted too), no
 * thousands separators, no needless zeros.
 */
final class DecimalText {

	private DecimalText() {
	}

	/**
	 * @param value a number
	 * @return it with a decimal comma and at most six decimals, e.g. {@code 0,15}
	 */
	static String format(double value) {
		String text = new java.math.BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
				.toPlainString();
		return text.replace('.', ',');
	}

	/**
	 * @param text what was typed
	 * @return the number, empty when it is not one
	 */
	static OptionalDouble parse(String text) {
		String plain = text.strip().replace(',', '.');
		if (plain.isEmpty()) {
			return OptionalDouble.empty();
		}
		try {
			double value = Double.parseDouble(plain);
			return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
		} catch (NumberFormatException e) {
			return OptionalDouble.empty();
		}
	}
}
