package nl.veerkracht.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.render.MapRenderer;
import nl.veerkracht.gis.core.render.RenderMonitor;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.render.decor.NorthArrow;
import nl.veerkracht.gis.core.render.decor.ScaleBar;
import nl.veerkracht.gis.core.render.decor.Size;

/**
 * Draws a map into a frame of the poster with the core renderer, one map pixel per point.
 */
public final class PosterMapPainter {

	private static final double MARGIN = 0.04;
	private static final double DECORATION_INSET = 6;

	private PosterMapPainter() {
	}

	/**
	 * Draws the layers of a map, fitted to the area to show, clipped to the frame.
	 *
	 * @param g the graphics, in points
	 * @param map the layers
	 * @param area the area to show, in the CRS of the map
	 * @param frame where to draw, in points
	 * @param decorations whether to add a scale bar and a north arrow
	 */
	public static void paint(Graphics2D g, MapContent map, Envelope area, Rectangle2D frame, boolean decorations) {
		int width = Math.max(1, (int) Math.round(frame.getWidth()));
		int height = Math.max(1, (int) Math.round(frame.getHeight()));
		Viewport viewport = new Viewport(map.getCrs(), new Coordinate(area.centre()), 1, width, height)
				.zoomToEnvelope(area, MARGIN);
		Graphics2D inner = (Graphics2D) g.create();
		try {
			inner.translate(frame.getX(), frame.getY());
			inner.clip(new Rectangle2D.Double(0, 0, frame.getWidth(), frame.getHeight()));
			new MapRenderer(Color.WHITE).withoutSelection().render(inner, viewport, map.layers(), RenderMonitor.NONE);
			if (decorations) {
				ScaleBar scaleBar = ScaleBar.fit(viewport, frame.getWidth() / 4, true);
				Size size = scaleBar.size(inner);
				scaleBar.paint(inner, DECORATION_INSET, frame.getHeight() - DECORATION_INSET - size.height());
				NorthArrow arrow = new NorthArrow(22, true);
				Size arrowSize = arrow.size(inner);
				arrow.paint(inner, frame.getWidth() - DECORATION_INSET - arrowSize.width(), DECORATION_INSET);
			}
		} finally {
			inner.dispose();
		}
	}
}
