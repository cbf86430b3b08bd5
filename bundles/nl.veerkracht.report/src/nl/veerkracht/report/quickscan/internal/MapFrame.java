package nl.veerkracht.report.quickscan.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.report.quickscan.ScanMap;

/**
 * Fits a map extent into a box, keeping the aspect ratio and centring it: map metres to box units with the
 * y axis pointing down (as SVG; the PDF renderer flips it), north up.
 */
public final class MapFrame {

	private final double scale;
	private final double offsetX;
	private final double offsetY;
	private final Envelope extent;

	/**
	 * @param extent the area to show, not empty
	 * @param width the box width
	 * @param height the box height
	 */
	public MapFrame(Envelope extent, double width, double height) {
		this.extent = extent;
		double w = Math.max(extent.getWidth(), 1e-9);
		double h = Math.max(extent.getHeight(), 1e-9);
		this.scale = Math.min(width / w, height / h);
		this.offsetX = (width - w * scale) / 2;
		this.offsetY = (height - h * scale) / 2;
	}

	/**
	 * @param extent the area to show
	 * @param width the box width
	 * @param maxHeight the largest box height
	 * @return the box height the extent needs at that width, at most {@code maxHeight}
	 */
	public static double heightFor(Envelope extent, double width, double maxHeight) {
		if (extent.isNull() || extent.getWidth() <= 0) {
			return maxHeight;
		}
		return Math.min(maxHeight, width * extent.getHeight() / extent.getWidth());
	}

	/**
	 * @param c a map coordinate
	 * @return its x in the box
	 */
	public double x(Coordinate c) {
		return offsetX + (c.x - extent.getMinX()) * scale;
	}

	/**
	 * @param c a map coordinate
	 * @return its y in the box, down from the top
	 */
	public double y(Coordinate c) {
		return offsetY + (extent.getMaxY() - c.y) * scale;
	}

	/** @return box units per map metre */
	public double scale() {
		return scale;
	}

	/**
	 * @param map a map
	 * @param caption its caption
	 * @return the caption, telling where the detail map is when the map has one
	 */
	public static String caption(ScanMap map, String caption) {
		return map.detail().isPresent() ? caption + " Het kader op het overzicht is de uitsnede eronder." : caption;
	}
}
