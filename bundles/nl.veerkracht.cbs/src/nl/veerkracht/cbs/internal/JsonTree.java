package nl.veerkracht.cbs.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A small JSON tree built with the Jackson streaming parser (the project does not use jackson-databind),
 * for small documents whose members come in any order. Every node remembers its line and column.
 */
public final class JsonTree {

	private JsonTree() {
	}

	/**
	 * A JSON value and where it starts.
	 *
	 * @param value a {@code Map<String, Node>} (object, in document order), {@code List<Node>} (array),
	 *            {@link String}, {@link Double}, {@link Boolean}, or {@code null}
	 * @param line the 1-based line
	 * @param column the 1-based column
	 */
	public record Node(Object value, int line, int column) {

		/**
		 * Returns the members of an object node.
		 *
		 * @return the members, or empty if this node is not an object
		 */
		@SuppressWarnings("unchecked")
		public Optional<Map<String, Node>> asObject() {
			return value instanceof Map<?, ?> map ? Optional.of((Map<String, Node>) map) : Optional.empty();
		}

		/**
		 * Returns a member of an object node.
		 *
		 * @param name the member name
		 * @return the member, or empty if absent or this node is not an object
		 */
		public Optional<Node> member(String name) {
			return asObject().map(members -> members.get(name));
		}

		/**
		 * Returns the text of a string node.
		 *
		 * @return the text, or empty if this node is not a string
		 */
		public Optional<String> asText() {
			return value instanceof String text ? Optional.of(text) : Optional.empty();
		}
	}

	/**
	 * Reads the next value of a parser, with all its contents.
	 *
	 * @param parser a parser positioned before the value
	 * @return the value
	 * @throws IOException if the input cannot be read or is not valid JSON
	 */
	public static Node read(JsonParser parser) throws IOException {
		JsonToken token = parser.nextToken();
		if (token == null) {
			throw new JsonParseException(parser, "the document is empty");
		}
		return readCurrent(parser);
	}

	private static Node readCurrent(JsonParser parser) throws IOException {
		JsonLocation location = parser.currentTokenLocation();
		int line = location.getLineNr();
		int column = location.getColumnNr();
		JsonToken token = parser.currentToken();
		switch (token) {
			case START_OBJECT -> {
				Map<String, Node> members = new LinkedHashMap<>();
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					members.put(name, readCurrent(parser));
				}
				return new Node(Collections.unmodifiableMap(members), line, column);
			}
			case START_ARRAY -> {
				List<Node> elements = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					elements.add(readCurrent(parser));
				}
				return new Node(Collections.unmodifiableList(elements), line, column);
			}
			case VALUE_STRING -> {
				return new Node(parser.getText(), line, column);
			}
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
				return new Node(parser.getDoubleValue(), line, column);
			}
			case VALUE_TRUE, VALUE_FALSE -> {
				return new Node(parser.getBooleanValue(), line, column);
			}
			case VALUE_NULL -> {
				return new Node(null, line, column);
			}
			default -> throw new JsonParseException(parser, "unexpected " + token);
		}
	}
}
