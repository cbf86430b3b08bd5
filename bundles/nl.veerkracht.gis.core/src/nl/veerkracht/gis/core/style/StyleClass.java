package nl.veerkracht.gis.core.style;

import java.util.Objects;

/**
 * One class of a {@link GraduatedStyle}: its legend text and symbol. The class's bounds are in the
 * style's {@link nl.veerkracht.gis.core.style.classify.Classification}.
 *
 * @param label the legend text, editable by the analyst
 * @param symbol the symbol of features in this class
 */
public record StyleClass(String label, SimpleStyle symbol) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public StyleClass {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(symbol, "symbol");
	}
}
