package nl.veerkracht.cbs.online.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import nl.veerkracht.cbs.online.OnlineDataException;

/**
 * The paging members of one OGC API Features items page: the {@code rel="next"} link of its
 * {@code links} array and {@code numberReturned}. The features themselves are skipped here and read by
 * the GeoJSON reader.
 *
 * @param next the absolute URL of the next page, or {@code null} on the last page
 * @param numberReturned the number of features the server says the page holds, or -1 if it does not say
 */
public record PageLinks(URI next, long numberReturned) {

	private static final JsonFactory JSON_FACTORY = new JsonFactory();

	/**
	 * Reads the paging members of a page, checking that the whole body is well-formed JSON.
	 *
	 * @param uri the URL the body came from, for messages and to resolve a relative link
	 * @param body the response body
	 * @return the paging members
	 * @throws OnlineDataException if the body is not a JSON object; the message names the URL, line and
	 *         column
	 */
	public static PageLinks parse(URI uri, byte[] body) throws OnlineDataException {
		try (JsonParser parser = JSON_FACTORY.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw JsonFault.structure(uri, parser, "not a GeoJSON FeatureCollection: expected a JSON object");
			}
			URI next = null;
			long numberReturned = -1;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken token = parser.nextToken();
				if (name.equals("links") && token == JsonToken.START_ARRAY) {
					next = readNextLink(uri, parser);
				} else if (name.equals("numberReturned") && token == JsonToken.VALUE_NUMBER_INT) {
					numberReturned = parser.getLongValue();
				} else {
					parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw JsonFault.structure(uri, parser, "unexpected content after the end of the FeatureCollection");
			}
			return new PageLinks(next, numberReturned);
		} catch (JsonProcessingException e) {
			throw JsonFault.syntax(uri, e);
		} catch (IOException e) {
			throw new OnlineDataException(uri, "cannot read the response (" + e + ")", e);
		}
	}

	/** Reads the links array at its start token and returns the resolved href of the first rel=next link. */
	private static URI readNextLink(URI uri, JsonParser parser) throws IOException, OnlineDataException {
		URI next = null;
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			String rel = null;
			String href = null;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken token = parser.nextToken();
				if (name.equals("rel") && token == JsonToken.VALUE_STRING) {
					rel = parser.getText();
				} else if (name.equals("href") && token == JsonToken.VALUE_STRING) {
					href = parser.getText();
				} else {
					parser.skipChildren();
				}
			}
			if (next == null && "next".equals(rel) && href != null) {
				next = resolve(uri, parser, href);
			}
		}
		if (parser.currentToken() != JsonToken.END_ARRAY) {
			throw JsonFault.structure(uri, parser, "'links' must hold link objects, found " + parser.currentToken());
		}
		return next;
	}

	private static URI resolve(URI uri, JsonParser parser, String href) throws OnlineDataException {
		try {
			return uri.resolve(new URI(href.strip()));
		} catch (URISyntaxException e) {
			throw JsonFault.structure(uri, parser, "the 'next' link is not a URL: " + e.getMessage());
		}
	}
}
