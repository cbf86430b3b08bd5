package nl.veerkracht.report.internal;

import java.awt.Graphics2D;
import java.util.List;

/**
 * The result of fitting paragraphs into a box.
 *
 * @param lines the lines to draw, the last one the continuation marker when {@code truncated}
 * @param fontSize the font size used, in points
 * @param height the height the lines take, in points
 * @param truncated whether the text did not fit even at the smallest size and was cut (with a visible marker)
 */
public record TextFit(List<TextLine> lines, float fontSize, float height, boolean truncated) {

	/**
	 * Copies the lines.
	 */
	public TextFit {
		lines = List.copyOf(lines);
	}

	/**
	 * Draws the lines.
	 *
	 * @param g the graphics, in points
	 * @param x the left of the box
	 * @param top the top of the box
	 */
	public void paint(Graphics2D g, double x, double top) {
		for (TextLine line : lines) {
			line.paint(g, x, top);
		}
	}
}
