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
 * points the first point. Parts that stick out of the visible area are first clipped to it, so that a
 * feature half in view gets its label in the visible half.
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
	 * Returns the anchor of a geometry in map CRS coordinates.
	 *
	 * @return the anchor, or {@code null} if no part of the geometry is visible
	 */
	LabelAnchor anchorOf(Geometry geometry) {
		if (geometry.isEmpty() || !visible.intersects(geometry.getEnvelopeInternal())) {
			return null;
		}
		return switch (geometry.getDimension()) {
		case 2 -> areaAnchor(geometry);
		case 1 -> lineAnchor(geometry);
		default -> pointAnchor(geometry);
		};
	}

	private LabelAnchor areaAnchor(Geometry geometry) {
		Polygon part = largestPolygon(geometry);
		if (part == null) {
			return null;
		}
		Geometry clipped = clip(part);
		Polygon shown = clipped == null ? part : largestPolygon(clipped);
		if (shown == null || shown.isEmpty()) {
			return null;
		}
		Coordinate inside = shown.getInteriorPoint().getCoordinate();
		Envelope bounds = shown.getEnvelopeInternal();
		return new LabelAnchor(LabelAnchor.Kind.AREA, viewport.toScreen(inside), bounds.getWidth() / scale,
				bounds.getHeight() / scale);
	}

	private LabelAnchor lineAnchor(Geometry geometry) {
		LineString part = longestLine(geometry);
		if (part == null) {
			return null;
		}
		Geometry clipped = clip(part);
		LineString shown = clipped == null ? part : longestLine(clipped);
		if (shown == null || shown.isEmpty()) {
			return null;
		}
		double length = shown.getLength();
		Coordinate middle = new LengthIndexedLine(shown).extractPoint(length / 2);
		return new LabelAnchor(LabelAnchor.Kind.LINE, viewport.toScreen(middle), length / scale,
				Double.POSITIVE_INFINITY);
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
	 * Clips a part to the visible area if it sticks out of it.
	 *
	 * @return the visible piece, or {@code null} if the part lies inside the visible area or cannot be clipped
	 *         (invalid geometry), in which case the whole part is used
	 */
	private Geometry clip(Geometry part) {
		if (visible.contains(part.getEnvelopeInternal())) {
			return null;
		}
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
