package nl.veerkracht.report.quickscan;

import java.awt.Color;
import java.util.Objects;

/**
 * One entry of a report map's legend: a class, its colour and how many buurten fall in it.
 *
 * @param label  the class, e.g. "zeer kwetsbaar"
 * @param colour its fill colour
 * @param count  the number of buurten in the class
 */
public record LegendItem(String label, Color colour, int count) {

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a part is {@code null}
	 */
	public LegendItem {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(colour, "colour");
	}
}
