package nl.veerkracht.gis.core.io.geojson;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * Collects the "properties" of features as rows of values and infers one attribute type per property
 * name across all rows: integral numbers are INTEGER, other numbers REAL, a mix of both REAL; strings
 * STRING, booleans BOOLEAN, any other mix STRING; nested objects and arrays become their JSON text.
 * A property absent from a feature is null; a property that is only ever null is STRING.
 */
final class PropertyTable {

	private static final Object[] NO_VALUES = {};

	private final JsonFactory jsonFactory;
	private final Map<String, Integer> columnByName = new HashMap<>();
	private final List<String> names = new ArrayList<>();
	private final List<AttributeType> types = new ArrayList<>();

	PropertyTable(JsonFactory jsonFactory) {
		this.jsonFactory = jsonFactory;
	}

	/**
	 * Reads the properties object (or null) at the current token into a row whose values are indexed by
	 * column; the row may be shorter than the final column count.
	 */
	Object[] readRow(JsonParser parser, String context) throws IOException, GeoJsonFormatException {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return NO_VALUES;
		}
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new GeoJsonFormatException(context + ": 'properties' must be an object or null, found "
					+ GeometryParser.describe(parser), parser.currentTokenLocation());
		}
		Object[] row = new Object[names.size()];
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			Object value = readValue(parser, parser.nextToken());
			int column = column(name);
			if (column >= row.length) {
				row = Arrays.copyOf(row, names.size());
			}
			row[column] = value;
			types.set(column, AttributeType.widen(types.get(column), AttributeType.of(value)));
		}
		return row;
	}

	/** Returns the schema inferred from all rows read so far. */
	FeatureSchema schema(String schemaName) {
		List<AttributeDescriptor> attributes = new ArrayList<>(names.size());
		for (int i = 0; i < names.size(); i++) {
			attributes.add(new AttributeDescriptor(names.get(i), finalType(i)));
		}
		return new FeatureSchema(schemaName, attributes);
	}

	/** Pads a row to the full column count and converts its values to the inferred column types. */
	Object[] complete(Object[] row) {
		Object[] values = Arrays.copyOf(row, names.size());
		for (int i = 0; i < row.length; i++) {
			values[i] = finalType(i).coerce(values[i]);
		}
		return values;
	}

	private AttributeType finalType(int column) {
		AttributeType type = types.get(column);
		return type == null ? AttributeType.STRING : type;
	}

	private int column(String name) {
		Integer column = columnByName.get(name);
		if (column != null) {
			return column;
		}
		names.add(name);
		types.add(null);
		columnByName.put(name, names.size() - 1);
		return names.size() - 1;
	}

	private Object readValue(JsonParser parser, JsonToken token) throws IOException {
		return switch (token) {
			case VALUE_STRING -> parser.getText();
			case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
					? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
			case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case START_OBJECT, START_ARRAY -> jsonText(parser);
			default -> null;
		};
	}

	private String jsonText(JsonParser parser) throws IOException {
		StringWriter text = new StringWriter();
		try (JsonGenerator generator = jsonFactory.createGenerator(text)) {
			generator.copyCurrentStructure(parser);
		}
		return text.toString();
	}
}
