package nl.veerkracht.model.maps;

import nl.veerkracht.gis.core.crs.Crs;

/**
 * Converts between a viewport's scale (map units per screen pixel) and the scale denominator kept in a
 * {@link nl.veerkracht.model.KaartInstelling} (the n of 1:n), with the OGC standard rendering pixel of
 * 0.28 mm, as the status line shows it. For geographic CRSs a degree counts as 111,319.49 m, the length of a
 * degree of longitude at the equator, as OGC tile matrix sets do.
 */
public final class MapScale {

	/** The size of a screen pixel in metres by OGC convention (0.28 mm), as the renderer uses it. */
	public static final double METRES_PER_PIXEL = nl.veerkracht.gis.core.render.MapScale.OGC_PIXEL_METRES;

	/** The length of one degree at the equator in metres. */
	public static final double METRES_PER_DEGREE = 111_319.490_793_273_58;

	private MapScale() {
	}

	/**
	 * @param unitsPerPixel map units per screen pixel, positive
	 * @param crs           the map CRS
	 * @return the scale denominator n of 1:n
	 */
	public static double toDenominator(double unitsPerPixel, Crs crs) {
		return unitsPerPixel * metresPerUnit(crs) / METRES_PER_PIXEL;
	}

	/**
	 * @param denominator the scale denominator n of 1:n, positive
	 * @param crs         the map CRS
	 * @return map units per screen pixel
	 */
	public static double toUnitsPerPixel(double denominator, Crs crs) {
		return denominator * METRES_PER_PIXEL / metresPerUnit(crs);
	}

	private static double metresPerUnit(Crs crs) {
		return crs.isGeographic() ? METRES_PER_DEGREE : 1;
	}
}
