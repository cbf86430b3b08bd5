package nl.veerkracht.gis.core.style.sld;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when an SLD document cannot be read or holds a style this workbench cannot show faithfully. The
 * message names the document (a file name, or what the text belongs to), the line and column where known,
 * and the problem, for example
 * {@code "wijken.sld, line 42, column 9: ogc:PropertyIsLike is not supported; use PropertyIsEqualTo"}.
 */
public class SldException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final int line;
	private final int column;
	private final String reason;

	/**
	 * Creates an exception for a fault at a position in the document.
	 *
	 * @param source the file name of the document, or a description of where its text comes from
	 * @param line   the 1-based line of the fault, or 0 if unknown
	 * @param column the 1-based column of the fault, or 0 if unknown
	 * @param reason what is wrong, without the source and position
	 * @param cause  the underlying exception, or {@code null}
	 */
	public SldException(String source, int line, int column, String reason, Throwable cause) {
		super(format(source, line, column, reason), cause);
		this.source = Objects.requireNonNull(source, "source");
		this.line = Math.max(line, 0);
		this.column = this.line == 0 ? 0 : Math.max(column, 0);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	private static String format(String source, int line, int column, String reason) {
		StringBuilder message = new StringBuilder(source);
		if (line > 0) {
			message.append(", line ").append(line);
			if (column > 0) {
				message.append(", column ").append(column);
			}
		}
		return message.append(": ").append(reason).toString();
	}

	/**
	 * Returns what the document is.
	 *
	 * @return the file name, or the description given for text
	 */
	public String getSource() {
		return source;
	}

	/**
	 * Returns the line of the fault.
	 *
	 * @return the 1-based line, or empty if unknown
	 */
	public OptionalInt getLine() {
		return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
	}

	/**
	 * Returns the column of the fault.
	 *
	 * @return the 1-based column, or empty if unknown
	 */
	public OptionalInt getColumn() {
		return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
	}

	/**
	 * Returns what is wrong, without the source and position.
	 *
	 * @return the reason
	 */
	public String getReason() {
		return reason;
	}
}
