package nl.veerkracht.gis.core.render.decor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;

/** The fonts and colours decorations share, and the translucent panel drawn behind those over the map. */
final class DecorationStyle {

	/** Dark grey for text and lines. */
	static final Color INK = new Color(0x22, 0x22, 0x22);

	/** The panel behind a decoration over the map: white at 85 % opacity. */
	static final Color PANEL = new Color(255, 255, 255, 217);

	/** The outline of such a panel. */
	static final Color PANEL_EDGE = new Color(0x99, 0x99, 0x99);

	/** Space between a panel's edge and its content, in pixels. */
	static final double PADDING = 4;

	private DecorationStyle() {
	}

	/** Returns the sans-serif font at a pixel size. */
	static Font font(int style, float pixels) {
		return new Font(Font.SANS_SERIF, style, 1).deriveFont(pixels);
	}

	/** Returns a copy of the graphics prepared for decorations: anti-aliased, with fractional text metrics. */
	static Graphics2D prepare(Graphics2D graphics) {
		Graphics2D g = (Graphics2D) graphics.create();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		return g;
	}

	/** Draws a rounded translucent panel. */
	static void panel(Graphics2D g, double x, double y, double width, double height) {
		RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, width, height, 6, 6);
		g.setColor(PANEL);
		g.fill(shape);
		g.setColor(PANEL_EDGE);
		g.setStroke(new BasicStroke(0.75f));
		g.draw(shape);
	}
}
