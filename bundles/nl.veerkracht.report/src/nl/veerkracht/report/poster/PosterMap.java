package nl.veerkracht.report.poster;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.layer.MapContent;

/**
 * A map to draw on the poster: its layers and the part of the world to show.
 *
 * @param content the layers, drawn in their order in the CRS of the map, never null
 * @param envelope the area to show in the map CRS, never null nor empty
 */
public record PosterMap(MapContent content, Envelope envelope) {

	/**
	 * Checks the parts.
	 */
	public PosterMap {
		if (content == null || envelope == null || envelope.isNull()) {
			throw new IllegalArgumentException("a poster map needs its layers and a non-empty area to show");
		}
	}

	/**
	 * @param content the layers
	 * @return the map showing all its layers
	 */
	public static PosterMap ofAll(MapContent content) {
		return new PosterMap(content, content.getEnvelope());
	}
}
