package nl.veerkracht.report.document;

import java.awt.Color;

/**
 * A cell of a report table: a text, optionally with a colour swatch before it (a class colour).
 *
 * @param text the text
 * @param swatch the swatch colour, or {@code null} for none
 */
public record Cell(String text, Color swatch) {

	/**
	 * @param text a text
	 * @return a cell without a swatch
	 */
	public static Cell of(String text) {
		return new Cell(text, null);
	}
}
