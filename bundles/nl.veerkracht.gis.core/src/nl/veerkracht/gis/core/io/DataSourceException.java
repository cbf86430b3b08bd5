package nl.veerkracht.gis.core.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a data file cannot be read. The message names the file and, where known, the line and
 * column of the fault, for example
 * {@code "buurten.geojson, line 1234, column 5: Unexpected character ']'"}.
 */
public class DataSourceException extends Exception {

	private static final long serialVersionUID = 1L;

	private static final int UNKNOWN = 0;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	/**
	 * Creates an exception without a position in the file.
	 *
	 * @param file the file that could not be read
	 * @param reason what is wrong
	 * @param cause the underlying exception, or {@code null}
	 */
	public DataSourceException(Path file, String reason, Throwable cause) {
		this(file, UNKNOWN, UNKNOWN, reason, cause);
	}

	/**
	 * Creates an exception for a fault at a position in the file.
	 *
	 * @param file the file that could not be read
	 * @param line the 1-based line of the fault, or 0 if unknown
	 * @param column the 1-based column of the fault, or 0 if unknown
	 * @param reason what is wrong
	 * @param cause the underlying exception, or {@code null}
	 */
	public DataSourceException(Path file, int line, int column, String reason, Throwable cause) {
		super(formatMessage(file, line, column, reason), cause);
		this.file = Objects.requireNonNull(file, "file");
		this.line = Math.max(line, UNKNOWN);
		this.column = this.line == UNKNOWN ? UNKNOWN : Math.max(column, UNKNOWN);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	private static String formatMessage(Path file, int line, int column, String reason) {
		StringBuilder message = new StringBuilder(String.valueOf(file.getFileName()));
		if (line > UNKNOWN) {
			message.append(", line ").append(line);
			if (column > UNKNOWN) {
				message.append(", column ").append(column);
			}
		}
		return message.append(": ").append(reason).toString();
	}

	/**
	 * Returns the file that could not be read.
	 *
	 * @return the path as given to the reader
	 */
	public Path getFile() {
		return file;
	}

	/**
	 * Returns the line of the fault.
	 *
	 * @return the 1-based line, or empty if unknown
	 */
	public OptionalInt getLine() {
		return line == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(line);
	}

	/**
	 * Returns the column of the fault.
	 *
	 * @return the 1-based column, or empty if unknown
	 */
	public OptionalInt getColumn() {
		return column == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(column);
	}

	/**
	 * Returns what is wrong, without the file name and position.
	 *
	 * @return the reason
	 */
	public String getReason() {
		return reason;
	}
}
