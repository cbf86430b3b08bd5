package nl.veerkracht.gis.core.io.geojson;

import org.locationtech.jts.geom.Geometry;

/** The members of a Feature object, collected in whatever order they appear, before the schema is known. */
final class PendingFeature {

	/** The "id" member as text, or null if absent. */
	String id;

	/** The parsed "geometry" member; absent or null yields an empty geometry. */
	Geometry geometry;

	/** The "properties" values indexed by column of the owning {@link PropertyTable}. */
	Object[] values = {};
}
