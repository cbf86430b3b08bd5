package nl.veerkracht.gis.core.render.decor;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.Objects;

/**
 * One line of text, such as a map title or an attribution. It is drawn as text (not as outlines), so that
 * it can be searched and copied in SVG and PDF.
 */
public final class TextLine implements MapDecoration {

	private final String text;
	private final Font font;
	private final Color colour;

	/**
	 * Creates a line of text.
	 *
	 * @param text the text
	 * @param font the font, at its pixel size
	 * @param colour the text colour
	 */
	public TextLine(String text, Font font, Color colour) {
		this.text = Objects.requireNonNull(text, "text");
		this.font = Objects.requireNonNull(font, "font");
		this.colour = Objects.requireNonNull(colour, "colour");
	}

	/**
	 * Makes a map title: bold sans-serif.
	 *
	 * @param text the title
	 * @param pixels the font size in pixels
	 * @return the line
	 */
	public static TextLine title(String text, float pixels) {
		return new TextLine(text, DecorationStyle.font(Font.BOLD, pixels), DecorationStyle.INK);
	}

	/**
	 * Makes a line of small print, such as an attribution: plain grey sans-serif.
	 *
	 * @param text the text
	 * @param pixels the font size in pixels
	 * @return the line
	 */
	public static TextLine smallPrint(String text, float pixels) {
		return new TextLine(text, DecorationStyle.font(Font.PLAIN, pixels), new Color(0x55, 0x55, 0x55));
	}

	/**
	 * Returns the text.
	 *
	 * @return the text
	 */
	public String text() {
		return text;
	}

	@Override
	public Size size(Graphics2D graphics) {
		FontMetrics metrics = graphics.getFontMetrics(font);
		return new Size(metrics.stringWidth(text), metrics.getAscent() + metrics.getDescent());
	}

	@Override
	public void paint(Graphics2D graphics, double x, double y) {
		Graphics2D g = DecorationStyle.prepare(graphics);
		try {
			g.setFont(font);
			g.setColor(colour);
			g.drawString(text, (float) x, (float) (y + g.getFontMetrics().getAscent()));
		} finally {
			g.dispose();
		}
	}
}
