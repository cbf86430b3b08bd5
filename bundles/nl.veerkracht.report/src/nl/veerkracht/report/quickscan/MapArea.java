package nl.veerkracht.report.quickscan;

import java.awt.Color;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * One buurt on a report map.
 *
 * @param code     the buurt code, e.g. BU05990110
 * @param name     the buurt name (text from the data: renderers escape it)
 * @param geometry the boundary in a projected CRS in metres (RD New), north up
 * @param fill     the fill colour of the buurt's class on this map
 * @param marker   a short mark drawn on the buurt (its rank in a table, e.g. "3"), or an empty text
 */
public record MapArea(String code, String name, Geometry geometry, Color fill, String marker) {

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a part is {@code null}
	 */
	public MapArea {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(geometry, "geometry");
		Objects.requireNonNull(fill, "fill");
		Objects.requireNonNull(marker, "marker");
	}
}
