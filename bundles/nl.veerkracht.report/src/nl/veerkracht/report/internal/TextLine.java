package nl.veerkracht.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.text.CharacterIterator;

/**
 * One laid-out line of a text box.
 *
 * @param text the styled paragraph the line is taken from
 * @param start the index of the first character of the line in the paragraph
 * @param end the index after the last character of the line
 * @param baseline the distance from the top of the box to the baseline of the line, in points
 * @param colour the colour of the line, or null to use the colour of the graphics
 * @param indent the distance of the line from the left of the box, in points (the hanging indent of a list item)
 */
public record TextLine(AttributedString text, int start, int end, float baseline, Color colour, float indent) {

	/**
	 * A line at the left of the box.
	 *
	 * @param text the styled paragraph the line is taken from
	 * @param start the index of the first character of the line in the paragraph
	 * @param end the index after the last character of the line
	 * @param baseline the distance from the top of the box to the baseline of the line, in points
	 * @param colour the colour of the line, or null to use the colour of the graphics
	 */
	public TextLine(AttributedString text, int start, int end, float baseline, Color colour) {
		this(text, start, end, baseline, colour, 0);
	}

	/**
	 * Draws the line. A line that mixes characters of the standard PDF fonts with others is drawn in runs, so
	 * that only the other characters become outlines in a PDF and the rest stays searchable text.
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
		CharacterIterator characters = text.getIterator();
		float left = (float) x + indent;
		int runStart = start;
		while (runStart < end) {
			boolean standard = PosterFontTextDrawer.isStandard(characters.setIndex(runStart));
			int runEnd = runStart + 1;
			while (runEnd < end && PosterFontTextDrawer.isStandard(characters.setIndex(runEnd)) == standard) {
				runEnd++;
			}
			g.drawString(text.getIterator(null, runStart, runEnd), left, (float) (top + baseline));
			if (runEnd < end) {
				left += new TextLayout(text.getIterator(null, runStart, runEnd), g.getFontRenderContext())
						.getAdvance();
			}
			runStart = runEnd;
		}
		g.setColor(previous);
	}
}
