package nl.veerkracht.gis.core.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;

/**
 * The part of the world shown in a map window: a center in map CRS units, a scale (map units per pixel)
 * and a size in pixels. North is up: screen y grows downwards while world y grows upwards. Screen
 * coordinates are continuous, so pixel (i, j) covers the square from (i, j) to (i + 1, j + 1).
 * <p>
 * Immutable; navigation methods return new viewports. Sizes below 1 pixel are treated as 1 pixel and
 * navigation keeps the scale between {@value #MIN_SCALE} and {@value #MAX_SCALE}.
 */
public final class Viewport {

	/** The smallest scale (map units per pixel) navigation zooms in to. */
	public static final double MIN_SCALE = 1e-9;

	/** The largest scale (map units per pixel) navigation zooms out to. */
	public static final double MAX_SCALE = 1e9;

	private final Crs crs;
	private final double centerX;
	private final double centerY;
	private final double scale;
	private final int width;
	private final int height;

	/**
	 * Creates a viewport.
	 *
	 * @param crs the map CRS
	 * @param center the world coordinate shown in the middle of the window
	 * @param scale the map units per pixel, positive
	 * @param width the window width in pixels; values below 1 count as 1
	 * @param height the window height in pixels; values below 1 count as 1
	 * @throws IllegalArgumentException if the scale is not positive and finite, or the center is not finite
	 */
	public Viewport(Crs crs, Coordinate center, double scale, int width, int height) {
		this(crs, center.getX(), center.getY(), scale, width, height);
	}

	private Viewport(Crs crs, double centerX, double centerY, double scale, int width, int height) {
		if (!(scale > 0) || Double.isInfinite(scale)) {
			throw new IllegalArgumentException("Scale must be positive and finite: " + scale);
		}
		if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
			throw new IllegalArgumentException("Center must be finite: (" + centerX + ", " + centerY + ")");
		}
		this.crs = Objects.requireNonNull(crs, "crs");
		this.centerX = centerX;
		this.centerY = centerY;
		this.scale = scale;
		this.width = Math.max(1, width);
		this.height = Math.max(1, height);
	}

	/**
	 * Returns the map CRS.
	 *
	 * @return the CRS of all world coordinates of this viewport
	 */
	public Crs getCrs() {
		return crs;
	}

	/**
	 * Returns the world coordinate in the middle of the window.
	 *
	 * @return a new coordinate
	 */
	public Coordinate getCenter() {
		return new Coordinate(centerX, centerY);
	}

	/**
	 * Returns the scale.
	 *
	 * @return map units per pixel
	 */
	public double getScale() {
		return scale;
	}

	/**
	 * Returns the window width.
	 *
	 * @return the width in pixels, at least 1
	 */
	public int getWidth() {
		return width;
	}

	/**
	 * Returns the window height.
	 *
	 * @return the height in pixels, at least 1
	 */
	public int getHeight() {
		return height;
	}

	/**
	 * Returns the world area shown in the window.
	 *
	 * @return a new envelope
	 */
	public Envelope visibleEnvelope() {
		return new Envelope(minX(), minX() + width * scale, maxY() - height * scale, maxY());
	}

	/**
	 * Returns the transform from world coordinates to screen pixels.
	 *
	 * @return a new transform
	 */
	public AffineTransform worldToScreen() {
		return new AffineTransform(1 / scale, 0, 0, -1 / scale, -minX() / scale, maxY() / scale);
	}

	/**
	 * Returns the transform from screen pixels to world coordinates.
	 *
	 * @return a new transform
	 */
	public AffineTransform screenToWorld() {
		return new AffineTransform(scale, 0, 0, -scale, minX(), maxY());
	}

	/**
	 * Converts a screen position to world coordinates.
	 *
	 * @param x the screen x in pixels
	 * @param y the screen y in pixels, growing downwards
	 * @return the world coordinate
	 */
	public Coordinate toWorld(double x, double y) {
		return new Coordinate(minX() + x * scale, maxY() - y * scale);
	}

	/**
	 * Converts a world coordinate to a screen position.
	 *
	 * @param world the world coordinate
	 * @return the screen position in pixels
	 */
	public Point2D toScreen(Coordinate world) {
		return new Point2D.Double((world.getX() - minX()) / scale, (maxY() - world.getY()) / scale);
	}

	/**
	 * Moves the view as when the content is dragged by the mouse: dragging right shows what lies to the
	 * west, dragging down shows what lies to the north.
	 *
	 * @param dxPixels the horizontal drag distance in pixels
	 * @param dyPixels the vertical drag distance in pixels, positive downwards
	 * @return the moved viewport
	 */
	public Viewport pan(double dxPixels, double dyPixels) {
		return new Viewport(crs, centerX - dxPixels * scale, centerY + dyPixels * scale, scale, width, height);
	}

	/**
	 * Zooms while keeping the world point under a screen position in place, as for zooming around the mouse
	 * cursor.
	 *
	 * @param factor the magnification: 2 zooms in to twice the detail, 0.5 zooms out
	 * @param px the screen x of the fixed point
	 * @param py the screen y of the fixed point
	 * @return the zoomed viewport
	 * @throws IllegalArgumentException if the factor is not positive and finite
	 */
	public Viewport zoomAround(double factor, double px, double py) {
		if (!(factor > 0) || Double.isInfinite(factor)) {
			throw new IllegalArgumentException("Zoom factor must be positive and finite: " + factor);
		}
		Coordinate fixed = toWorld(px, py);
		double newScale = clampScale(scale / factor);
		double newCenterX = fixed.getX() - (px - width / 2.0) * newScale;
		double newCenterY = fixed.getY() + (py - height / 2.0) * newScale;
		return new Viewport(crs, newCenterX, newCenterY, newScale, width, height);
	}

	/**
	 * Shows a world area as large as possible with a margin around it, keeping the aspect ratio. An area
	 * without extent (a point) is centred at the current scale; a null envelope leaves the view unchanged.
	 *
	 * @param envelope the area in world coordinates
	 * @param marginFraction the margin on each side as a fraction of the area's size, for example 0.05
	 * @return the new viewport
	 * @throws IllegalArgumentException if the margin is negative
	 */
	public Viewport zoomToEnvelope(Envelope envelope, double marginFraction) {
		if (!(marginFraction >= 0) || Double.isInfinite(marginFraction)) {
			throw new IllegalArgumentException("Margin must be a finite number >= 0: " + marginFraction);
		}
		if (envelope == null || envelope.isNull()) {
			return this;
		}
		double growth = 1 + 2 * marginFraction;
		double fittedScale = Math.max(envelope.getWidth() * growth / width, envelope.getHeight() * growth / height);
		double newScale = fittedScale > 0 ? clampScale(fittedScale) : scale;
		return new Viewport(crs, envelope.centre().getX(), envelope.centre().getY(), newScale, width, height);
	}

	/**
	 * Changes the window size, keeping the center and the scale.
	 *
	 * @param newWidth the width in pixels; values below 1 count as 1
	 * @param newHeight the height in pixels; values below 1 count as 1
	 * @return the resized viewport
	 */
	public Viewport resize(int newWidth, int newHeight) {
		return new Viewport(crs, centerX, centerY, scale, newWidth, newHeight);
	}

	private double minX() {
		return centerX - width * scale / 2;
	}

	private double maxY() {
		return centerY + height * scale / 2;
	}

	private static double clampScale(double value) {
		return Math.min(MAX_SCALE, Math.max(MIN_SCALE, value));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Viewport viewport
				&& crs.equals(viewport.crs)
				&& centerX == viewport.centerX
				&& centerY == viewport.centerY
				&& scale == viewport.scale
				&& width == viewport.width
				&& height == viewport.height;
	}

	@Override
	public int hashCode() {
		return Objects.hash(crs, centerX, centerY, scale, width, height);
	}

	@Override
	public String toString() {
		return "Viewport[" + crs.code() + ", center (" + centerX + ", " + centerY + "), " + scale + " units/px, "
				+ width + "x" + height + "]";
	}
}
