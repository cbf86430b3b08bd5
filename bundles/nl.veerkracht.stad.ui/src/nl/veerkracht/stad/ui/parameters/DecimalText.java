package nl.veerkracht.stad.ui.parameters;

import java.util.OptionalDouble;

/**
 * Numbers as the analyst types them in a Dutch form: a decimal comma (a point is accepted too), no thousands
 * separators. They are shown with {@link nl.veerkracht.gis.core.format.DutchNumbers#export}, which this reads back.
 */
final class DecimalText {

	private DecimalText() {
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
