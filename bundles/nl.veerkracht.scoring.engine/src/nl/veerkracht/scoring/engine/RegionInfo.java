package nl.veerkracht.scoring.engine;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * Metadata of one region (usually a buurt) the engine scores.
 *
 * @param code         the region code, e.g. {@code "BU05990110"}; unique within a table
 * @param name         the region name for people
 * @param gemeenteCode the code of the gemeente the region lies in, e.g. {@code "GM0599"}: the reference group
 *                     for {@link Reference#GEMEENTE}
 * @param inhabitants  number of inhabitants (for the small-area uncertainty of trends), or
 *                     {@link #UNKNOWN_INHABITANTS} when unknown
 * @param geometry     the boundary (for contiguity and hot spots), or {@code null} when not loaded
 */
public record RegionInfo(String code, String name, String gemeenteCode, long inhabitants, Geometry geometry) {

	/** The value of {@link #inhabitants()} when the number is unknown. */
	public static final long UNKNOWN_INHABITANTS = -1;

	/**
	 * Validates the fields.
	 *
	 * @throws NullPointerException     if the code, name or gemeente code is {@code null}
	 * @throws IllegalArgumentException if the inhabitants are negative but not {@link #UNKNOWN_INHABITANTS}
	 */
	public RegionInfo {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(gemeenteCode, "gemeenteCode");
		if (inhabitants < 0 && inhabitants != UNKNOWN_INHABITANTS) {
			throw new IllegalArgumentException(code + " has " + inhabitants + " inhabitants");
		}
	}
}
