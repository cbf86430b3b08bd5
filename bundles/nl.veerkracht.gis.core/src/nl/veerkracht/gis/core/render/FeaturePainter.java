package nl.veerkracht.gis.core.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * Paints geometries in map CRS coordinates onto a Graphics2D for one viewport and one style: polygons
 * filled and outlined, lines stroked (at least 1 pixel wide, in the fill colour if there is no stroke
 * colour), points as circles, and geometries smaller than a pixel as a single-pixel dot.
 */
final class FeaturePainter {

	private final Graphics2D graphics;
	private final Viewport viewport;
	private final ScreenPathBuilder paths;
	private final SimpleStyle style;
	private final Color fill;
	private final BasicStroke stroke;
	private final BasicStroke lineStroke;

	FeaturePainter(Graphics2D graphics, Viewport viewport, SimpleStyle style) {
		this.graphics = graphics;
		this.viewport = viewport;
		this.paths = new ScreenPathBuilder(viewport.worldToScreen());
		this.style = style;
		this.fill = style.fill() == null ? null : withOpacity(style.fill(), style.opacity());
		this.stroke = new BasicStroke(style.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
		this.lineStroke = new BasicStroke(Math.max(1, style.strokeWidth()), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND);
	}

	/** Paints a geometry; returns false if there was nothing to paint. */
	boolean paint(Geometry geometry) {
		if (geometry.isEmpty()) {
			return false;
		}
		Envelope bounds = geometry.getEnvelopeInternal();
		double pixel = viewport.getScale();
		if (geometry.getDimension() > 0 && bounds.getWidth() < pixel && bounds.getHeight() < pixel) {
			paintDot(geometry);
			return true;
		}
		List<Polygon> polygons = new ArrayList<>();
		List<LineString> lines = new ArrayList<>();
		List<Point> points = new ArrayList<>();
		collect(geometry, polygons, lines, points);
		if (!polygons.isEmpty()) {
			paintArea(paths.polygons(polygons));
		}
		if (!lines.isEmpty()) {
			paintLine(paths.lines(lines));
		}
		for (Point point : points) {
			paintPoint(point);
		}
		return true;
	}

	private static void collect(Geometry geometry, List<Polygon> polygons, List<LineString> lines, List<Point> points) {
		if (geometry instanceof GeometryCollection collection) {
			for (int i = 0; i < collection.getNumGeometries(); i++) {
				collect(collection.getGeometryN(i), polygons, lines, points);
			}
		} else if (geometry instanceof Polygon polygon && !polygon.isEmpty()) {
			polygons.add(polygon);
		} else if (geometry instanceof LineString line && !line.isEmpty()) {
			lines.add(line);
		} else if (geometry instanceof Point point && !point.isEmpty()) {
			points.add(point);
		}
	}

	private void paintArea(Shape shape) {
		if (fill != null) {
			graphics.setColor(fill);
			graphics.fill(shape);
		}
		if (style.hasStroke()) {
			graphics.setColor(style.stroke());
			graphics.setStroke(stroke);
			graphics.draw(shape);
		}
	}

	private void paintLine(Shape shape) {
		Color color = style.stroke() != null ? style.stroke() : style.fill();
		if (color != null) {
			graphics.setColor(color);
			graphics.setStroke(lineStroke);
			graphics.draw(shape);
		}
	}

	private void paintPoint(Point point) {
		Point2D center = viewport.toScreen(point.getCoordinate());
		double size = style.pointSize();
		paintArea(new Ellipse2D.Double(center.getX() - size / 2, center.getY() - size / 2, size, size));
	}

	private void paintDot(Geometry geometry) {
		Color color = style.stroke() != null ? style.stroke() : fill;
		if (color != null) {
			Point2D center = viewport.toScreen(geometry.getEnvelopeInternal().centre());
			graphics.setColor(color);
			graphics.fillRect((int) Math.floor(center.getX()), (int) Math.floor(center.getY()), 1, 1);
		}
	}

	private static Color withOpacity(Color color, double opacity) {
		return new Color(color.getRed(), color.getGreen(), color.getBlue(),
				(int) Math.round(color.getAlpha() * opacity));
	}
}
