package nl.veerkracht.cbs.online;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when an online data source cannot deliver what was asked. The message names the URL and, for a
 * malformed response, the line and column of the fault, for example
 * {@code "https://api.pdok.nl/…/items?f=json, line 3, column 17: Unexpected character ']'"} or
 * {@code "https://opendata.cbs.nl/…/TypedDataSet?…: HTTP 404: Not Found"}. Faults found before any request is
 * made (an unknown year) carry no URL.
 */
public class OnlineDataException extends Exception {

	private static final long serialVersionUID = 1L;

	private static final int UNKNOWN = 0;

	private final URI uri;
	private final int line;
	private final int column;
	private final String reason;

	/**
	 * Creates an exception for a fault that has no URL, such as a year without a known data set.
	 *
	 * @param reason what is wrong
	 */
	public OnlineDataException(String reason) {
		this(null, UNKNOWN, UNKNOWN, reason, null);
	}

	/**
	 * Creates an exception for a request that failed.
	 *
	 * @param uri the URL that was requested
	 * @param reason what is wrong
	 * @param cause the underlying exception, or {@code null}
	 */
	public OnlineDataException(URI uri, String reason, Throwable cause) {
		this(uri, UNKNOWN, UNKNOWN, reason, cause);
	}

	/**
	 * Creates an exception for a fault at a position in a response body.
	 *
	 * @param uri the URL whose response is at fault, or {@code null} if there is none
	 * @param line the 1-based line of the fault, or 0 if unknown
	 * @param column the 1-based column of the fault, or 0 if unknown
	 * @param reason what is wrong
	 * @param cause the underlying exception, or {@code null}
	 */
	public OnlineDataException(URI uri, int line, int column, String reason, Throwable cause) {
		super(formatMessage(uri, line, column, reason), cause);
		this.uri = uri;
		this.line = Math.max(line, UNKNOWN);
		this.column = this.line == UNKNOWN ? UNKNOWN : Math.max(column, UNKNOWN);
		this.reason = reason;
	}

	private static String formatMessage(URI uri, int line, int column, String reason) {
		if (uri == null) {
			return reason;
		}
		StringBuilder message = new StringBuilder(uri.toString());
		if (line > UNKNOWN) {
			message.append(", line ").append(line);
			if (column > UNKNOWN) {
				message.append(", column ").append(column);
			}
		}
		return message.append(": ").append(reason).toString();
	}

	/**
	 * Returns the URL whose request or response is at fault.
	 *
	 * @return the URL, or empty if the fault was found before any request
	 */
	public Optional<URI> getUri() {
		return Optional.ofNullable(uri);
	}

	/**
	 * Returns the line of the fault in the response body.
	 *
	 * @return the 1-based line, or empty if unknown
	 */
	public OptionalInt getLine() {
		return line == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(line);
	}

	/**
	 * Returns the column of the fault in the response body.
	 *
	 * @return the 1-based column, or empty if unknown
	 */
	public OptionalInt getColumn() {
		return column == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(column);
	}

	/**
	 * Returns what is wrong, without the URL and position.
	 *
	 * @return the reason
	 */
	public String getReason() {
		return reason;
	}
}
