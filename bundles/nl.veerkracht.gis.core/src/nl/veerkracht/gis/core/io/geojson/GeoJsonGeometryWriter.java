package nl.veerkracht.gis.core.io.geojson;

import java.io.IOException;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes JTS geometries as GeoJSON geometry objects. An empty geometry collection (a feature without a
 * location) is written as {@code null}; other empty geometries as their type with empty coordinates.
 */
final class GeoJsonGeometryWriter {

	/** Writes the geometry value at the current position of the generator. */
	void write(JsonGenerator json, Geometry geometry) throws IOException {
		if (geometry.isEmpty() && geometry.getClass() == GeometryCollection.class) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		json.writeStringField("type", geometry instanceof LinearRing ? "LineString" : geometry.getGeometryType());
		if (geometry.getClass() == GeometryCollection.class) {
			json.writeArrayFieldStart("geometries");
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				write(json, geometry.getGeometryN(i));
			}
		} else {
			json.writeArrayFieldStart("coordinates");
			writeCoordinates(json, geometry);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/** Writes the members of the coordinates array (the array itself is open). */
	private void writeCoordinates(JsonGenerator json, Geometry geometry) throws IOException {
		switch (geometry) {
			case Point point -> {
				if (!point.isEmpty()) {
					writePositionMembers(json, point.getCoordinateSequence(), 0);
				}
			}
			case LineString line -> writePositions(json, line.getCoordinateSequence());
			case Polygon polygon -> writeRings(json, polygon);
			case MultiPoint points -> {
				for (int i = 0; i < points.getNumGeometries(); i++) {
					writePosition(json, ((Point) points.getGeometryN(i)).getCoordinateSequence(), 0);
				}
			}
			case MultiLineString lines -> {
				for (int i = 0; i < lines.getNumGeometries(); i++) {
					json.writeStartArray();
					writePositions(json, ((LineString) lines.getGeometryN(i)).getCoordinateSequence());
					json.writeEndArray();
				}
			}
			case MultiPolygon polygons -> {
				for (int i = 0; i < polygons.getNumGeometries(); i++) {
					json.writeStartArray();
					writeRings(json, (Polygon) polygons.getGeometryN(i));
					json.writeEndArray();
				}
			}
			default -> throw new IllegalArgumentException("unsupported geometry type " + geometry.getGeometryType());
		}
	}

	private void writeRings(JsonGenerator json, Polygon polygon) throws IOException {
		if (polygon.isEmpty()) {
			return;
		}
		json.writeStartArray();
		writePositions(json, polygon.getExteriorRing().getCoordinateSequence());
		json.writeEndArray();
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			json.writeStartArray();
			writePositions(json, polygon.getInteriorRingN(i).getCoordinateSequence());
			json.writeEndArray();
		}
	}

	private static void writePositions(JsonGenerator json, CoordinateSequence sequence) throws IOException {
		for (int i = 0; i < sequence.size(); i++) {
			writePosition(json, sequence, i);
		}
	}

	private static void writePosition(JsonGenerator json, CoordinateSequence sequence, int index) throws IOException {
		json.writeStartArray();
		writePositionMembers(json, sequence, index);
		json.writeEndArray();
	}

	private static void writePositionMembers(JsonGenerator json, CoordinateSequence sequence, int index)
			throws IOException {
		writeDouble(json, sequence.getX(index));
		writeDouble(json, sequence.getY(index));
		if (sequence.hasZ()) {
			double z = sequence.getZ(index);
			if (!Double.isNaN(z)) {
				writeDouble(json, z);
			}
		}
	}

	/** Writes a double exactly, or null when JSON cannot hold it (NaN, infinite). */
	static void writeDouble(JsonGenerator json, double value) throws IOException {
		if (Double.isFinite(value)) {
			json.writeNumber(value);
		} else {
			json.writeNull();
		}
	}
}
