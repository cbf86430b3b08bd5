package nl.veerkracht.gis.core.style;

import java.util.Objects;

/**
 * One value of a {@link CategorizedStyle} with its symbol.
 *
 * @param value the attribute value as text, as {@link CategorizedStyle#keyOf(Object)} writes it
 * @param label the text in the legend, editable by the analyst
 * @param symbol the symbol of features with this value
 */
public record Category(String value, String label, SimpleStyle symbol) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public Category {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(symbol, "symbol");
	}
}
