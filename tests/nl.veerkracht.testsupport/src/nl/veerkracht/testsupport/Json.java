package nl.veerkracht.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a JSON text into maps, lists, strings, numbers ({@code Double}), booleans and {@code null}: the reports
 * that external tools driven by tests (QGIS, LibreOffice) print.
 */
public final class Json {

	private Json() {
	}

	/**
	 * @param text a JSON text
	 * @return its value
	 * @throws IOException when it is not JSON
	 */
	public static Object parse(String text) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(text)) {
			return value(parser, parser.nextToken());
		}
	}

	private static Object value(JsonParser parser, JsonToken token) throws IOException {
		return switch (token) {
			case START_OBJECT -> {
				Map<String, Object> map = new LinkedHashMap<>();
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					map.put(name, value(parser, parser.nextToken()));
				}
				yield map;
			}
			case START_ARRAY -> {
				List<Object> list = new ArrayList<>();
				for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
					list.add(value(parser, next));
				}
				yield list;
			}
			case VALUE_STRING -> parser.getText();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			default -> throw new IOException("unexpected JSON token " + token);
		};
	}
}
