package nl.veerkracht.cbs.online.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import nl.veerkracht.cbs.online.OnlineDataException;

/**
 * Streams one OData v3 JSON ("JSON light") response such as
 * {@code {"odata.metadata": "…", "value": [{…}, …], "odata.nextLink": "…"}} into an {@link ODataPage}.
 * Strings are stripped of the padding CBS adds to fixed-width text columns; integral numbers become
 * {@link Long}, other numbers {@link Double}, nested objects and arrays their JSON text. Thread-safe.
 */
public final class ODataPageParser {

	private static final JsonFactory JSON_FACTORY = new JsonFactory();

	/**
	 * Parses a response body.
	 *
	 * @param uri the URL the body came from, for messages and to resolve a relative next link
	 * @param body the response body
	 * @return the page
	 * @throws OnlineDataException if the body is not JSON or has no {@code value} array; the message names
	 *         the URL, line and column
	 */
	public ODataPage parse(URI uri, byte[] body) throws OnlineDataException {
		try (JsonParser parser = JSON_FACTORY.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw JsonFault.structure(uri, parser, "not an OData response: expected a JSON object");
			}
			List<Map<String, Object>> rows = null;
			URI nextLink = null;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken token = parser.nextToken();
				if (name.equals("value") && token == JsonToken.START_ARRAY) {
					rows = readRows(uri, parser);
				} else if (name.equals("odata.nextLink") && token == JsonToken.VALUE_STRING) {
					nextLink = resolve(uri, parser);
				} else {
					parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw JsonFault.structure(uri, parser, "unexpected content after the end of the OData response");
			}
			if (rows == null) {
				throw new OnlineDataException(uri, "not an OData response: no 'value' array", null);
			}
			return new ODataPage(Collections.unmodifiableList(rows), nextLink);
		} catch (JsonProcessingException e) {
			throw JsonFault.syntax(uri, e);
		} catch (IOException e) {
			throw new OnlineDataException(uri, "cannot read the response (" + e + ")", e);
		}
	}

	private static List<Map<String, Object>> readRows(URI uri, JsonParser parser)
			throws IOException, OnlineDataException {
		List<Map<String, Object>> rows = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				throw JsonFault.structure(uri, parser, "'value' must hold objects, found " + parser.currentToken());
			}
			Map<String, Object> row = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				row.put(name, readValue(parser, parser.nextToken()));
			}
			rows.add(Collections.unmodifiableMap(row));
		}
		return rows;
	}

	private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
		return switch (token) {
			case VALUE_STRING -> parser.getText().strip();
			case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
					? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
			case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case START_OBJECT, START_ARRAY -> jsonText(parser);
			default -> null;
		};
	}

	private static String jsonText(JsonParser parser) throws IOException {
		StringWriter text = new StringWriter();
		try (JsonGenerator generator = JSON_FACTORY.createGenerator(text)) {
			generator.copyCurrentStructure(parser);
		}
		return text.toString();
	}

	private static URI resolve(URI uri, JsonParser parser) throws IOException, OnlineDataException {
		try {
			// a next link that repeats a $filter may hold raw spaces
			return uri.resolve(new URI(parser.getText().strip().replace(" ", "%20")));
		} catch (URISyntaxException e) {
			throw JsonFault.structure(uri, parser, "'odata.nextLink' is not a URL: " + e.getMessage());
		}
	}
}
