package nl.veerkracht.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.text.AttributedString;

/**
 * One laid-out line of a text box.
 *
 * @param text the styled paragraph the line is taken from
 * @param start the index of the first character of the line in the paragraph
 * @param end the index after the last character of the line
 * @param baseline the distance from the top of the box to the baseline of the line, in points
 * @param colour the colour of the line, or null to use the colour of the graphics
 */
public record TextLine(AttributedString text, int start, int end, float baseline, Color colour) {

	/**
	 * Draws the line.
	 *
	 * @param g the graphics, in points
	 * @param x the left of the box
	 * @param top the top of the box
	 */
	public void paint(Graphics2D g, double x, double top) {
		Color previous = g.getColor();
		if (colour != null) {
			g.setColor(colour);
		}
		g.drawString(text.getIterator(null, start, end), (float) x, (float) (top + baseline));
		g.setColor(previous);
	}
}
