package nl.veerkracht.gis.core.render;

import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.crs.Crs;

/**
 * The ground size of a viewport's pixels and the map scale 1:n that follows from it. Projected CRSs are
 * taken to be in metres; for Web Mercator and geographic (degree) CRSs the east-west ground distance at the
 * viewport's centre latitude is used, which is what a horizontal scale bar measures.
 */
public final class MapScale {

	/** The size of OGC's standardised rendering pixel in metres (0.28 mm), used for scale denominators. */
	public static final double OGC_PIXEL_METRES = 0.00028;

	/** The WGS 84 equatorial radius in metres, the sphere of Web Mercator. */
	private static final double EARTH_RADIUS = 6_378_137;

	private MapScale() {
	}

	/**
	 * Returns the ground distance one pixel covers horizontally at the centre of the viewport.
	 *
	 * @param viewport the viewport
	 * @return metres per pixel, positive
	 */
	public static double metresPerPixel(Viewport viewport) {
		Crs crs = viewport.getCrs();
		Coordinate centre = viewport.getCenter();
		if (crs.isGeographic()) {
			double latitude = clampLatitude(centre.getY());
			return viewport.getScale() * Math.toRadians(1) * EARTH_RADIUS * Math.cos(Math.toRadians(latitude));
		}
		if (crs.equals(Crs.WEB_MERCATOR)) {
			double latitude = Math.atan(Math.sinh(centre.getY() / EARTH_RADIUS));
			return viewport.getScale() * Math.cos(latitude);
		}
		return viewport.getScale();
	}

	/**
	 * Returns the n of the map scale 1:n as OGC defines it (SLD, WMS): metres per pixel divided by
	 * {@value #OGC_PIXEL_METRES}.
	 *
	 * @param viewport the viewport
	 * @return the scale denominator, positive
	 */
	public static double denominator(Viewport viewport) {
		return metresPerPixel(viewport) / OGC_PIXEL_METRES;
	}

	private static double clampLatitude(double latitude) {
		return Math.max(-89.9, Math.min(89.9, latitude));
	}
}
