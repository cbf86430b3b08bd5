package nl.veerkracht.gis.core.io.geojson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Streams GeoJSON geometry objects into JTS geometries. Members may appear in any order. Every fault
 * message starts with a context such as {@code "feature 12"}.
 */
final class GeometryParser {

	private final GeometryFactory factory;
	private final GeometryAssembler assembler;

	GeometryParser(GeometryFactory factory) {
		this.factory = factory;
		this.assembler = new GeometryAssembler(factory);
	}

	/**
	 * Parses the geometry at the current token, a START_OBJECT or VALUE_NULL; null yields an empty
	 * geometry. Leaves the parser on the geometry's last token.
	 */
	Geometry parse(JsonParser parser, String context) throws IOException, GeoJsonFormatException {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return factory.createGeometryCollection();
		}
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new GeoJsonFormatException(context + ": a geometry must be an object or null, found "
					+ describe(parser), parser.currentTokenLocation());
		}
		JsonLocation start = parser.currentTokenLocation();
		GeometryMembers members = new GeometryMembers();
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			if (name.equals("type")) {
				members.type = readType(parser, context);
			} else if (!readMember(parser, name, members, context)) {
				parser.skipChildren();
			}
		}
		return build(members, start, context);
	}

	/**
	 * Reads the "coordinates" or "geometries" member at the current value token.
	 *
	 * @return false if the member is neither, leaving the value unread
	 */
	boolean readMember(JsonParser parser, String name, GeometryMembers members, String context)
			throws IOException, GeoJsonFormatException {
		switch (name) {
			case "coordinates" -> members.coordinates = parser.currentToken() == JsonToken.VALUE_NULL
					? null : readCoordinates(parser, context);
			case "geometries" -> members.geometries = readGeometries(parser, context);
			default -> {
				return false;
			}
		}
		return true;
	}

	/** Builds the geometry from collected members; faults are reported at the geometry's start. */
	Geometry build(GeometryMembers members, JsonLocation start, String context) throws GeoJsonFormatException {
		if (members.type == null) {
			throw new GeoJsonFormatException(context + ": geometry has no 'type' member", start);
		}
		try {
			return assembler.assemble(members);
		} catch (IllegalArgumentException e) {
			throw new GeoJsonFormatException(context + ": " + e.getMessage(), start);
		}
	}

	/** Reads a "type" member value, which must be a string. */
	static String readType(JsonParser parser, String context) throws IOException, GeoJsonFormatException {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			throw new GeoJsonFormatException(context + ": 'type' must be a string, found " + describe(parser),
					parser.currentTokenLocation());
		}
		return parser.getText();
	}

	/** Describes the current token for fault messages. */
	static String describe(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		if (token == null) {
			return "the end of the file";
		}
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "the string \"" + parser.getText() + "\"";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
			default -> parser.getText();
		};
	}

	private List<Geometry> readGeometries(JsonParser parser, String context)
			throws IOException, GeoJsonFormatException {
		requireArray(parser, context, "'geometries'");
		List<Geometry> geometries = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			geometries.add(parse(parser, context));
		}
		return geometries;
	}

	/** Reads a coordinates array into a tree of Coordinates (positions) and Lists (arrays). */
	private Object readCoordinates(JsonParser parser, String context) throws IOException, GeoJsonFormatException {
		requireArray(parser, context, "'coordinates'");
		JsonToken first = parser.nextToken();
		if (first == JsonToken.VALUE_NUMBER_INT || first == JsonToken.VALUE_NUMBER_FLOAT) {
			return readPosition(parser, context);
		}
		List<Object> elements = new ArrayList<>();
		for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (token != JsonToken.START_ARRAY) {
				throw new GeoJsonFormatException(context + ": expected a position array in 'coordinates' but found "
						+ describe(parser), parser.currentTokenLocation());
			}
			elements.add(readCoordinates(parser, context));
		}
		return elements;
	}

	/** Reads a position whose first number is the current token; extra ordinates beyond z are ignored. */
	private static Coordinate readPosition(JsonParser parser, String context)
			throws IOException, GeoJsonFormatException {
		double[] ordinates = {Double.NaN, Double.NaN, Double.NaN};
		int count = 0;
		for (JsonToken token = parser.currentToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
				throw new GeoJsonFormatException(context + ": a position must contain only numbers, found "
						+ describe(parser), parser.currentTokenLocation());
			}
			if (count < ordinates.length) {
				ordinates[count] = parser.getDoubleValue();
			}
			count++;
		}
		if (count < 2) {
			throw new GeoJsonFormatException(context + ": a position needs at least 2 numbers (x, y), found "
					+ count, parser.currentTokenLocation());
		}
		return new Coordinate(ordinates[0], ordinates[1], ordinates[2]);
	}

	private static void requireArray(JsonParser parser, String context, String member)
			throws IOException, GeoJsonFormatException {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new GeoJsonFormatException(context + ": " + member + " must be an array, found " + describe(parser),
					parser.currentTokenLocation());
		}
	}
}
