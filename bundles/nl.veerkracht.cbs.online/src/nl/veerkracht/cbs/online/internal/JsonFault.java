package nl.veerkracht.cbs.online.internal;

import java.net.URI;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import nl.veerkracht.cbs.online.OnlineDataException;

/**
 * Turns faults found while parsing a response body into {@link OnlineDataException}s that name the URL,
 * line and column.
 */
public final class JsonFault {

	private JsonFault() {
	}

	/**
	 * Describes a JSON syntax error.
	 *
	 * @param uri the URL whose body is malformed
	 * @param e the parser's exception
	 * @return the exception to throw
	 */
	public static OnlineDataException syntax(URI uri, JsonProcessingException e) {
		JsonLocation location = e.getLocation();
		String reason = "malformed JSON: " + e.getOriginalMessage();
		return location == null ? new OnlineDataException(uri, reason, e)
				: new OnlineDataException(uri, location.getLineNr(), location.getColumnNr(), reason, e);
	}

	/**
	 * Describes valid JSON with an unexpected structure, at the parser's current token.
	 *
	 * @param uri the URL whose body is at fault
	 * @param parser the parser, positioned at the offending token
	 * @param reason what is wrong
	 * @return the exception to throw
	 */
	public static OnlineDataException structure(URI uri, JsonParser parser, String reason) {
		JsonLocation location = parser.currentTokenLocation();
		return new OnlineDataException(uri, location.getLineNr(), location.getColumnNr(), reason, null);
	}
}
