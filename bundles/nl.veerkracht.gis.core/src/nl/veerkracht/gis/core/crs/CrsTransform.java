package nl.veerkracht.gis.core.crs;

import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Reprojects coordinates and JTS geometries from one {@link Crs} to another.
 * <p>
 * Immutable and thread-safe: every call works with its own proj4j transform. Only x and y are
 * transformed; z values are kept as they are.
 */
public final class CrsTransform {

	private final Crs source;
	private final Crs target;

	/**
	 * Creates a transform.
	 *
	 * @param source the CRS of the input coordinates
	 * @param target the CRS of the output coordinates
	 */
	public CrsTransform(Crs source, Crs target) {
		this.source = Objects.requireNonNull(source, "source");
		this.target = Objects.requireNonNull(target, "target");
	}

	/**
	 * Returns the CRS of the input coordinates.
	 *
	 * @return the source CRS
	 */
	public Crs getSource() {
		return source;
	}

	/**
	 * Returns the CRS of the output coordinates.
	 *
	 * @return the target CRS
	 */
	public Crs getTarget() {
		return target;
	}

	/**
	 * Tells whether source and target are the same CRS, so that transforming changes nothing.
	 *
	 * @return {@code true} for an identity transform
	 */
	public boolean isIdentity() {
		return source.equals(target);
	}

	/**
	 * Transforms a single coordinate.
	 *
	 * @param coordinate the coordinate in the source CRS
	 * @return a new coordinate in the target CRS
	 * @throws IllegalArgumentException if the coordinate cannot be transformed
	 */
	public Coordinate transform(Coordinate coordinate) {
		Coordinate result = coordinate.copy();
		if (!isIdentity()) {
			ProjCoordinate out = new ProjCoordinate();
			transform(createProj4jTransform(), coordinate.getX(), coordinate.getY(), out);
			result.setX(out.x);
			result.setY(out.y);
		}
		return result;
	}

	/**
	 * Transforms a geometry of any type, including multi-geometries and geometry collections.
	 *
	 * @param geometry the geometry in the source CRS; it is not modified
	 * @return a new geometry in the target CRS, or the argument itself for an identity transform
	 * @throws IllegalArgumentException if a coordinate cannot be transformed
	 */
	public Geometry transform(Geometry geometry) {
		if (isIdentity()) {
			return geometry;
		}
		Geometry result = geometry.copy();
		result.apply(new ReprojectingFilter(createProj4jTransform()));
		result.geometryChanged();
		return result;
	}

	private CoordinateTransform createProj4jTransform() {
		return new CoordinateTransformFactory().createTransform(source.projection(), target.projection());
	}

	private void transform(CoordinateTransform transform, double x, double y, ProjCoordinate out) {
		try {
			transform.transform(new ProjCoordinate(x, y), out);
		} catch (Proj4jException e) {
			throw new IllegalArgumentException("Cannot transform (" + x + ", " + y + ") from " + source.code()
					+ " to " + target.code() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public String toString() {
		return "CrsTransform[" + source.code() + " -> " + target.code() + "]";
	}

	/** Replaces x and y of every coordinate in place. */
	private final class ReprojectingFilter implements CoordinateSequenceFilter {

		private final CoordinateTransform transform;
		private final ProjCoordinate out = new ProjCoordinate();

		ReprojectingFilter(CoordinateTransform transform) {
			this.transform = transform;
		}

		@Override
		public void filter(CoordinateSequence sequence, int index) {
			transform(transform, sequence.getX(index), sequence.getY(index), out);
			sequence.setOrdinate(index, CoordinateSequence.X, out.x);
			sequence.setOrdinate(index, CoordinateSequence.Y, out.y);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}
}
