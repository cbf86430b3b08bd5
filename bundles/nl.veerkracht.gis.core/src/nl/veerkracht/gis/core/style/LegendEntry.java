package nl.veerkracht.gis.core.style;

import java.util.Objects;

/**
 * One line of a legend: a symbol and what it stands for.
 *
 * @param label the text shown next to the symbol, e.g. "12,5 – 20,0" or "geen gegevens"
 * @param symbol the symbol
 * @param noData whether this entry stands for features without a value ("geen gegevens")
 */
public record LegendEntry(String label, SimpleStyle symbol, boolean noData) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if the label or symbol is {@code null}
	 */
	public LegendEntry {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(symbol, "symbol");
	}
}
