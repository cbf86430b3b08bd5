package nl.veerkracht.gis.core.render.decor;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import nl.veerkracht.gis.core.style.SimpleStyle;

/** Draws the sample of a symbol in a legend, with the fill opacity and outline the map uses. */
final class Swatch {

	/** The width of a swatch in pixels. */
	static final double WIDTH = 20;

	/** The height of a swatch in pixels. */
	static final double HEIGHT = 13;

	private Swatch() {
	}

	/** Draws a swatch with its top left corner at (x, y). */
	static void paint(Graphics2D graphics, SimpleStyle symbol, SwatchShape shape, double layerOpacity, double x,
			double y) {
		Graphics2D g = (Graphics2D) graphics.create();
		try {
			g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) layerOpacity));
			switch (shape) {
			case AREA -> area(g, symbol, new Rectangle2D.Double(x + 1, y + 1, WIDTH - 2, HEIGHT - 2));
			case POINT -> {
				double size = Math.min(symbol.pointSize(), HEIGHT - 1);
				area(g, symbol, new Ellipse2D.Double(x + (WIDTH - size) / 2, y + (HEIGHT - size) / 2, size, size));
			}
			case LINE -> line(g, symbol, new Line2D.Double(x + 1, y + HEIGHT / 2, x + WIDTH - 1, y + HEIGHT / 2));
			}
		} finally {
			g.dispose();
		}
	}

	private static void area(Graphics2D g, SimpleStyle symbol, java.awt.Shape shape) {
		if (symbol.fill() != null) {
			Color fill = symbol.fill();
			g.setColor(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(),
					(int) Math.round(fill.getAlpha() * symbol.opacity())));
			g.fill(shape);
		}
		if (symbol.hasStroke()) {
			g.setColor(symbol.stroke());
			g.setStroke(new BasicStroke(Math.min(symbol.strokeWidth(), 3f), BasicStroke.CAP_ROUND,
					BasicStroke.JOIN_ROUND));
			g.draw(shape);
		}
	}

	private static void line(Graphics2D g, SimpleStyle symbol, Line2D line) {
		Color colour = symbol.stroke() != null ? symbol.stroke() : symbol.fill();
		if (colour != null) {
			g.setColor(colour);
			g.setStroke(new BasicStroke(Math.max(1f, Math.min(symbol.strokeWidth(), 5f)), BasicStroke.CAP_ROUND,
					BasicStroke.JOIN_ROUND));
			g.draw(line);
		}
	}
}
