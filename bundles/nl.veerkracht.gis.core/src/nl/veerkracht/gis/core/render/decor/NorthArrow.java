package nl.veerkracht.gis.core.render.decor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/**
 * A north arrow: an arrowhead pointing up, its left half dark and its right half light, with an "N" above
 * it. Maps are drawn north up (see {@link nl.veerkracht.gis.core.render.Viewport}), so it always points to
 * the top. Optionally on a translucent panel, for use over the map.
 */
public final class NorthArrow implements MapDecoration {

	private static final String NORTH = "N";

	private final double arrowHeight;
	private final boolean panel;
	private final Font font;

	/**
	 * Creates a north arrow.
	 *
	 * @param arrowHeight the height of the arrowhead in pixels, positive
	 * @param panel whether to draw it on a translucent panel
	 * @throws IllegalArgumentException if the height is not positive and finite
	 */
	public NorthArrow(double arrowHeight, boolean panel) {
		if (!(arrowHeight > 0) || Double.isInfinite(arrowHeight)) {
			throw new IllegalArgumentException("Arrow height must be positive: " + arrowHeight);
		}
		this.arrowHeight = arrowHeight;
		this.panel = panel;
		this.font = DecorationStyle.font(Font.BOLD, (float) Math.max(9, arrowHeight * 0.45));
	}

	@Override
	public Size size(Graphics2D graphics) {
		FontMetrics metrics = graphics.getFontMetrics(font);
		double width = Math.max(arrowWidth(), metrics.stringWidth(NORTH));
		double height = metrics.getAscent() + 2 + arrowHeight;
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
			}
			double pad = panel ? DecorationStyle.PADDING : 0;
			double centreX = x + size.width() / 2;
			g.setFont(font);
			FontMetrics metrics = g.getFontMetrics();
			g.setColor(DecorationStyle.INK);
			g.drawString(NORTH, (float) (centreX - metrics.stringWidth(NORTH) / 2.0),
					(float) (y + pad + metrics.getAscent()));
			paintArrow(g, centreX, y + pad + metrics.getAscent() + 2);
		} finally {
			g.dispose();
		}
	}

	private void paintArrow(Graphics2D g, double centreX, double top) {
		double half = arrowWidth() / 2;
		double bottom = top + arrowHeight;
		double notch = bottom - arrowHeight * 0.25;
		Path2D left = new Path2D.Double();
		left.moveTo(centreX, top);
		left.lineTo(centreX - half, bottom);
		left.lineTo(centreX, notch);
		left.closePath();
		Path2D right = new Path2D.Double();
		right.moveTo(centreX, top);
		right.lineTo(centreX + half, bottom);
		right.lineTo(centreX, notch);
		right.closePath();
		g.setColor(DecorationStyle.INK);
		g.fill(left);
		g.setColor(Color.WHITE);
		g.fill(right);
		g.setColor(DecorationStyle.INK);
		g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(left);
		g.draw(right);
	}

	private double arrowWidth() {
		return arrowHeight * 0.6;
	}
}
