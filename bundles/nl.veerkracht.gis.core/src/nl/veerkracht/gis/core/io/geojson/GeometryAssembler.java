package nl.veerkracht.gis.core.io.geojson;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS geometries from a GeoJSON geometry type and its coordinate tree, in which a position is a
 * {@link Coordinate} and an array is a {@link List}. Faults are reported as
 * {@link IllegalArgumentException}s with a user-readable message.
 */
final class GeometryAssembler {

	private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
			"MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

	private static final Map<String, String> COORDINATE_SHAPES = Map.of(
			"MultiPoint", "an array of positions",
			"LineString", "an array of positions",
			"MultiLineString", "an array of lines (arrays of positions)",
			"Polygon", "an array of linear rings (arrays of positions)",
			"MultiPolygon", "an array of polygons (arrays of linear rings)");

	private static final int MIN_RING_SIZE = 4;

	private final GeometryFactory factory;

	GeometryAssembler(GeometryFactory factory) {
		this.factory = factory;
	}

	static boolean isGeometryType(String type) {
		return GEOMETRY_TYPES.contains(type);
	}

	Geometry assemble(GeometryMembers members) {
		String type = members.type;
		if (!isGeometryType(type)) {
			throw new IllegalArgumentException("unknown geometry type '" + type + "'");
		}
		if (type.equals("GeometryCollection")) {
			if (members.geometries == null) {
				throw new IllegalArgumentException("GeometryCollection has no 'geometries' member");
			}
			return factory.createGeometryCollection(members.geometries.toArray(Geometry[]::new));
		}
		if (members.coordinates == null) {
			throw new IllegalArgumentException(type + " has no 'coordinates' member");
		}
		Object coordinates = members.coordinates;
		return switch (type) {
			case "Point" -> point(coordinates);
			case "MultiPoint" -> factory.createMultiPointFromCoords(positions(coordinates, type));
			case "LineString" -> lineString(coordinates, type);
			case "MultiLineString" -> factory.createMultiLineString(list(coordinates, type).stream()
					.map(line -> lineString(line, type)).toArray(LineString[]::new));
			case "Polygon" -> polygon(coordinates, type);
			default -> factory.createMultiPolygon(list(coordinates, type).stream()
					.map(polygon -> polygon(polygon, type)).toArray(Polygon[]::new));
		};
	}

	private Geometry point(Object node) {
		if (node instanceof Coordinate position) {
			return factory.createPoint(position);
		}
		if (node instanceof List<?> list && list.isEmpty()) {
			return factory.createPoint();
		}
		throw new IllegalArgumentException("Point coordinates must be a single position such as [x, y]");
	}

	private LineString lineString(Object node, String type) {
		Coordinate[] positions = positions(node, type);
		if (positions.length == 1) {
			throw new IllegalArgumentException(type + " has a line with 1 position; at least 2 are required");
		}
		return factory.createLineString(positions);
	}

	private Polygon polygon(Object node, String type) {
		List<?> rings = list(node, type);
		if (rings.isEmpty()) {
			return factory.createPolygon();
		}
		LinearRing shell = ring(rings.get(0), type, 1);
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 0; i < holes.length; i++) {
			holes[i] = ring(rings.get(i + 1), type, i + 2);
		}
		return factory.createPolygon(shell, holes);
	}

	private LinearRing ring(Object node, String type, int ringNumber) {
		Coordinate[] positions = positions(node, type);
		if (positions.length < MIN_RING_SIZE) {
			throw new IllegalArgumentException(type + " ring " + ringNumber + " has " + positions.length
					+ " positions; a linear ring needs at least " + MIN_RING_SIZE);
		}
		if (!positions[0].equals2D(positions[positions.length - 1])) {
			throw new IllegalArgumentException(type + " ring " + ringNumber
					+ " is not closed: its first and last positions differ");
		}
		return factory.createLinearRing(positions);
	}

	private static Coordinate[] positions(Object node, String type) {
		List<?> list = list(node, type);
		Coordinate[] positions = new Coordinate[list.size()];
		for (int i = 0; i < positions.length; i++) {
			if (!(list.get(i) instanceof Coordinate position)) {
				throw nestingFault(type);
			}
			positions[i] = position;
		}
		return positions;
	}

	private static List<?> list(Object node, String type) {
		if (node instanceof List<?> list) {
			return list;
		}
		throw nestingFault(type);
	}

	private static IllegalArgumentException nestingFault(String type) {
		return new IllegalArgumentException(type + " coordinates must be " + COORDINATE_SHAPES.get(type));
	}
}
