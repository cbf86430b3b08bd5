package nl.veerkracht.gis.core.render.decor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import nl.veerkracht.gis.core.render.MapScale;
import nl.veerkracht.gis.core.render.Viewport;

/**
 * A scale bar of a round length (1, 2 or 5 times a power of ten metres) in four alternating dark and light
 * segments, with the lengths at its start, middle and end above it: "0", "250", "500 m" or "0", "1", "2 km"
 * (kilometres from 1 km up, Dutch number format). Optionally on a translucent panel, for use over the map.
 */
public final class ScaleBar implements MapDecoration {

	private static final int SEGMENTS = 4;
	private static final double BAR_HEIGHT = 5;
	private static final double LABEL_GAP = 2;
	private static final Font FONT = DecorationStyle.font(Font.PLAIN, 11);
	private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

	private final double lengthMetres;
	private final double widthPixels;
	private final boolean panel;

	/**
	 * Creates a scale bar.
	 *
	 * @param lengthMetres the ground length the bar stands for, positive
	 * @param widthPixels the bar's length on the map in pixels, positive
	 * @param panel whether to draw it on a translucent panel
	 * @throws IllegalArgumentException if a length is not positive and finite
	 */
	public ScaleBar(double lengthMetres, double widthPixels, boolean panel) {
		if (!(lengthMetres > 0) || Double.isInfinite(lengthMetres) || !(widthPixels > 0)
				|| Double.isInfinite(widthPixels)) {
			throw new IllegalArgumentException("Scale bar lengths must be positive: " + lengthMetres + " m, "
					+ widthPixels + " px");
		}
		this.lengthMetres = lengthMetres;
		this.widthPixels = widthPixels;
		this.panel = panel;
	}

	/**
	 * Makes the longest round scale bar that is at most a given width at a viewport's scale.
	 *
	 * @param viewport the map's viewport
	 * @param maxWidthPixels the longest the bar may be, in pixels
	 * @param panel whether to draw it on a translucent panel
	 * @return the scale bar
	 */
	public static ScaleBar fit(Viewport viewport, double maxWidthPixels, boolean panel) {
		double metresPerPixel = MapScale.metresPerPixel(viewport);
		double length = roundLength(maxWidthPixels * metresPerPixel);
		return new ScaleBar(length, length / metresPerPixel, panel);
	}

	/**
	 * Returns the largest length of 1, 2 or 5 times a power of ten that is at most a given length.
	 *
	 * @param maxMetres the upper limit, positive
	 * @return the round length in metres
	 */
	public static double roundLength(double maxMetres) {
		double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
		for (int step : new int[] { 5, 2, 1 }) {
			if (step * power <= maxMetres * (1 + 1e-9)) {
				return step * power;
			}
		}
		return power;
	}

	/**
	 * Returns the ground length the bar stands for.
	 *
	 * @return metres
	 */
	public double lengthMetres() {
		return lengthMetres;
	}

	/**
	 * Returns the bar's length on the map.
	 *
	 * @return pixels
	 */
	public double widthPixels() {
		return widthPixels;
	}

	/**
	 * Returns the text at the end of the bar, with its unit: "500 m", "2 km", "1,5 km".
	 *
	 * @return the length text
	 */
	public String label() {
		return distance(lengthMetres) + " " + unit();
	}

	/**
	 * Returns the texts at the start, middle and end of the bar; the last has the unit.
	 *
	 * @return three texts, e.g. "0", "250", "500 m"
	 */
	public String[] tickLabels() {
		return new String[] { "0", distance(lengthMetres / 2), label() };
	}

	@Override
	public Size size(Graphics2D graphics) {
		FontMetrics metrics = graphics.getFontMetrics(FONT);
		String[] labels = tickLabels();
		double left = metrics.stringWidth(labels[0]) / 2.0;
		double right = metrics.stringWidth(labels[2]) / 2.0;
		double width = left + widthPixels + right;
		double height = metrics.getAscent() + metrics.getDescent() + LABEL_GAP + BAR_HEIGHT;
		double pad = panel ? 2 * DecorationStyle.PADDING : 0;
		return new Size(width + pad, height + pad);
	}

	@Override
	public void paint(Graphics2D graphics, double x, double y) {
		Graphics2D g = DecorationStyle.prepare(graphics);
		try {
			Size size = size(g);
			if (panel) {
				DecorationStyle.panel(g, x, y, size.width(), size.height());
				x += DecorationStyle.PADDING;
				y += DecorationStyle.PADDING;
			}
			g.setFont(FONT);
			FontMetrics metrics = g.getFontMetrics();
			String[] labels = tickLabels();
			double barX = x + metrics.stringWidth(labels[0]) / 2.0;
			double textBaseline = y + metrics.getAscent();
			double barY = y + metrics.getAscent() + metrics.getDescent() + LABEL_GAP;
			g.setColor(DecorationStyle.INK);
			for (int i = 0; i < labels.length; i++) {
				double tickX = barX + widthPixels * i / 2;
				g.drawString(labels[i], (float) (tickX - metrics.stringWidth(labels[i]) / 2.0), (float) textBaseline);
			}
			paintBar(g, barX, barY);
		} finally {
			g.dispose();
		}
	}

	private void paintBar(Graphics2D g, double barX, double barY) {
		double segment = widthPixels / SEGMENTS;
		for (int i = 0; i < SEGMENTS; i++) {
			g.setColor(i % 2 == 0 ? DecorationStyle.INK : Color.WHITE);
			g.fill(new Rectangle2D.Double(barX + i * segment, barY, segment, BAR_HEIGHT));
		}
		g.setColor(DecorationStyle.INK);
		g.setStroke(new BasicStroke(1f));
		g.draw(new Rectangle2D.Double(barX, barY, widthPixels, BAR_HEIGHT));
		for (int i = 0; i <= 2; i++) {
			double tickX = barX + widthPixels * i / 2;
			g.draw(new Line2D.Double(tickX, barY - LABEL_GAP, tickX, barY));
		}
	}

	private boolean inKilometres() {
		return lengthMetres >= 1000;
	}

	private String unit() {
		return inKilometres() ? "km" : "m";
	}

	private String distance(double metres) {
		double value = inKilometres() ? metres / 1000 : metres;
		DecimalFormat format = new DecimalFormat("#,##0.###", DUTCH);
		format.setGroupingUsed(value >= 10_000);
		return format.format(new BigDecimal(Double.toString(value)).stripTrailingZeros());
	}
}
