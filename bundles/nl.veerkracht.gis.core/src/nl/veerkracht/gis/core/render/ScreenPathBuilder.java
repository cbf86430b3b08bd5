package nl.veerkracht.gis.core.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Converts JTS lines and polygons to screen-space {@link Path2D}s, dropping vertices that lie within
 * half a pixel of the previous one. Polygon paths use the even-odd rule, so holes stay empty.
 */
final class ScreenPathBuilder {

	private static final double MIN_STEP_PIXELS = 0.5;

	private final double m00;
	private final double m01;
	private final double m02;
	private final double m10;
	private final double m11;
	private final double m12;

	ScreenPathBuilder(AffineTransform worldToScreen) {
		this.m00 = worldToScreen.getScaleX();
		this.m01 = worldToScreen.getShearX();
		this.m02 = worldToScreen.getTranslateX();
		this.m10 = worldToScreen.getShearY();
		this.m11 = worldToScreen.getScaleY();
		this.m12 = worldToScreen.getTranslateY();
	}

	Path2D polygons(Iterable<Polygon> polygons) {
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		for (Polygon polygon : polygons) {
			append(path, polygon.getExteriorRing().getCoordinateSequence(), true);
			for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
				append(path, polygon.getInteriorRingN(i).getCoordinateSequence(), true);
			}
		}
		return path;
	}

	Path2D lines(Iterable<LineString> lines) {
		Path2D path = new Path2D.Double(Path2D.WIND_NON_ZERO);
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
		double lastX = screenX(sequence, 0);
		double lastY = screenY(sequence, 0);
		path.moveTo(lastX, lastY);
		for (int i = 1; i < size; i++) {
			double x = screenX(sequence, i);
			double y = screenY(sequence, i);
			if (i == size - 1 || Math.abs(x - lastX) >= MIN_STEP_PIXELS || Math.abs(y - lastY) >= MIN_STEP_PIXELS) {
				path.lineTo(x, y);
				lastX = x;
				lastY = y;
			}
		}
		if (closed) {
			path.closePath();
		}
	}

	private double screenX(CoordinateSequence sequence, int index) {
		return m00 * sequence.getX(index) + m01 * sequence.getY(index) + m02;
	}

	private double screenY(CoordinateSequence sequence, int index) {
		return m10 * sequence.getX(index) + m11 * sequence.getY(index) + m12;
	}
}
