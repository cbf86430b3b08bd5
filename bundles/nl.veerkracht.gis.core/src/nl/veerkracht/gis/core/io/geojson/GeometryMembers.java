package nl.veerkracht.gis.core.io.geojson;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/** The geometry-related members of a JSON object, collected in whatever order they appear. */
final class GeometryMembers {

	/** The "type" member, or null if absent. */
	String type;

	/** The "coordinates" member as a tree of positions and lists, or null if absent. */
	Object coordinates;

	/** The parsed "geometries" member of a GeometryCollection, or null if absent. */
	List<Geometry> geometries;
}
