package nl.veerkracht.gis.core.render;

import java.awt.geom.Point2D;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.util.PointExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Finds the anchor of a feature's label in one viewport: for polygons a point inside the largest part
 * (JTS interior point, on the part's horizontal bisector), for lines the middle of the longest part, for
 * points the first visible point. When that anchor would put the label outside the image, the part is
 * clipped to the visible area and the anchor taken in the visible piece, so that a feature half in view
 * gets its label in the visible half; clipping is costly, so it is done only then.
 */
final class LabelAnchors {

	private final Viewport viewport;
	private final Envelope visible;
	private final double scale;

	LabelAnchors(Viewport viewport) {
		this.viewport = viewport;
		this.visible = viewport.visibleEnvelope();
		this.scale = viewport.getScale();
	}

	/**
	 * Returns the anchor of a geometry in map CRS coordinates for a label of a given size.
	 *
	 * @param geometry the feature's geometry
	 * @param width the label's width in pixels
	 * @param height the label's height in pixels
	 * @return the anchor, or {@code null} if no part of the geometry is visible
	 */
	LabelAnchor anchorOf(Geometry geometry, double width, double height) {
		if (geometry.isEmpty() || !visible.intersects(geometry.getEnvelopeInternal())) {
			return null;
		}
		return switch (geometry.getDimension()) {
		case 2 -> areaAnchor(geometry, width, height);
		case 1 -> lineAnchor(geometry, width, height);
		default -> pointAnchor(geometry);
		};
	}

	private LabelAnchor areaAnchor(Geometry geometry, double width, double height) {
		Polygon part = largestPolygon(geometry);
		if (part == null) {
			return null;
		}
		LabelAnchor whole = areaAnchorIn(part);
		if (visible.contains(part.getEnvelopeInternal()) || fitsImage(whole.point(), width, height)) {
			return whole;
		}
		Geometry clipped = clip(part);
		Polygon shown = clipped == null ? null : largestPolygon(clipped);
		return shown == null ? whole : areaAnchorIn(shown);
	}

	private LabelAnchor areaAnchorIn(Polygon polygon) {
		Coordinate inside = polygon.getInteriorPoint().getCoordinate();
		Envelope room = polygon.getEnvelopeInternal().intersection(visible);
		return new LabelAnchor(LabelAnchor.Kind.AREA, viewport.toScreen(inside), room.getWidth() / scale,
				room.getHeight() / scale);
	}

	private LabelAnchor lineAnchor(Geometry geometry, double width, double height) {
		LineString part = longestLine(geometry);
		if (part == null) {
			return null;
		}
		LabelAnchor whole = lineAnchorIn(part);
		if (visible.contains(part.getEnvelopeInternal()) || fitsImage(whole.point(), width, height)) {
			return whole;
		}
		Geometry clipped = clip(part);
		LineString shown = clipped == null ? null : longestLine(clipped);
		return shown == null ? whole : lineAnchorIn(shown);
	}

	private LabelAnchor lineAnchorIn(LineString line) {
		double length = line.getLength();
		Coordinate middle = new LengthIndexedLine(line).extractPoint(length / 2);
		return new LabelAnchor(LabelAnchor.Kind.LINE, viewport.toScreen(middle), length / scale,
				Double.POSITIVE_INFINITY);
	}

	/** Tells whether a label box centred on a screen point lies inside the image. */
	private boolean fitsImage(Point2D centre, double width, double height) {
		return centre.getX() - width / 2 >= 0 && centre.getX() + width / 2 <= viewport.getWidth()
				&& centre.getY() - height / 2 >= 0 && centre.getY() + height / 2 <= viewport.getHeight();
	}

	private LabelAnchor pointAnchor(Geometry geometry) {
		for (Object point : PointExtracter.getPoints(geometry)) {
			Point p = (Point) point;
			if (!p.isEmpty() && visible.contains(p.getCoordinate())) {
				Point2D screen = viewport.toScreen(p.getCoordinate());
				return new LabelAnchor(LabelAnchor.Kind.POINT, screen, Double.POSITIVE_INFINITY,
						Double.POSITIVE_INFINITY);
			}
		}
		return null;
	}

	/**
	 * Clips a part to the visible area.
	 *
	 * @return the visible piece, or {@code null} if the part cannot be clipped (invalid geometry)
	 */
	private Geometry clip(Geometry part) {
		try {
			return part.intersection(new GeometryFactory(part.getPrecisionModel()).toGeometry(visible));
		} catch (RuntimeException invalidGeometry) {
			return null;
		}
	}

	private static Polygon largestPolygon(Geometry geometry) {
		Polygon largest = null;
		double largestArea = -1;
		for (Polygon polygon : polygons(geometry)) {
			double area = polygon.getArea();
			if (area > largestArea && !polygon.isEmpty()) {
				largest = polygon;
				largestArea = area;
			}
		}
		return largest;
	}

	private static LineString longestLine(Geometry geometry) {
		LineString longest = null;
		double longestLength = -1;
		for (Object line : LineStringExtracter.getLines(geometry)) {
			LineString candidate = (LineString) line;
			double length = candidate.getLength();
			if (length > longestLength && !candidate.isEmpty()) {
				longest = candidate;
				longestLength = length;
			}
		}
		return longest;
	}

	@SuppressWarnings("unchecked")
	private static List<Polygon> polygons(Geometry geometry) {
		return PolygonExtracter.getPolygons(geometry);
	}
}
