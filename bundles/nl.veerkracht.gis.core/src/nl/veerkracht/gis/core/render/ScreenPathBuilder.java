package nl.veerkracht.gis.core.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Converts JTS lines and polygons to screen-space {@link Path2D}s, simplified for the scale by a
 * {@link ScreenSimplifier}: the paths stay within a pixel of the geometry but carry no more vertices than the
 * pixels can show. Polygon paths use the even-odd rule, so holes stay empty. Not thread-safe: one builder
 * serves one rendering pass.
 */
final class ScreenPathBuilder {

	private final double m00;
	private final double m01;
	private final double m02;
	private final double m10;
	private final double m11;
	private final double m12;
	private final ScreenSimplifier simplifier = new ScreenSimplifier();

	ScreenPathBuilder(AffineTransform worldToScreen) {
		this.m00 = worldToScreen.getScaleX();
		this.m01 = worldToScreen.getShearX();
		this.m02 = worldToScreen.getTranslateX();
		this.m10 = worldToScreen.getShearY();
		this.m11 = worldToScreen.getScaleY();
		this.m12 = worldToScreen.getTranslateY();
	}

	/** Returns one even-odd path of all rings, sized up front for their points and closing segments. */
	Path2D polygons(Iterable<Polygon> polygons) {
		int points = 0;
		for (Polygon polygon : polygons) {
			points += polygon.getNumPoints() + 1 + polygon.getNumInteriorRing();
		}
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD, points);
		for (Polygon polygon : polygons) {
			append(path, polygon.getExteriorRing().getCoordinateSequence(), true);
			for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
				append(path, polygon.getInteriorRingN(i).getCoordinateSequence(), true);
			}
		}
		return path;
	}

	/** Returns one path of all lines, sized up front for their points. */
	Path2D lines(Iterable<LineString> lines) {
		int points = 0;
		for (LineString line : lines) {
			points += line.getNumPoints();
		}
		Path2D path = new Path2D.Double(Path2D.WIND_NON_ZERO, points);
		for (LineString line : lines) {
			append(path, line.getCoordinateSequence(), false);
		}
		return path;
	}

	private void append(Path2D path, CoordinateSequence sequence, boolean closed) {
		int size = sequence.size();
		if (size == 0) {
			return;
		}
		simplifier.begin(size);
		for (int i = 0; i < size; i++) {
			double x = sequence.getX(i);
			double y = sequence.getY(i);
			simplifier.add(m00 * x + m01 * y + m02, m10 * x + m11 * y + m12);
		}
		int points = simplifier.finish(closed);
		path.moveTo(simplifier.x(0), simplifier.y(0));
		for (int i = 1; i < points; i++) {
			path.lineTo(simplifier.x(i), simplifier.y(i));
		}
		if (closed) {
			path.closePath();
		}
	}
}
