package nl.veerkracht.stad;

import java.nio.file.Path;

/**
 * A model parameter file that cannot be read or written; the message names the file, the line (when there is one)
 * and the problem.
 */
public final class ParameterFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;

	/**
	 * @param file   the file
	 * @param line   the line (1-based), 0 when the problem is not on one line
	 * @param reason what is wrong
	 * @param cause  the underlying exception, or null
	 */
	public ParameterFileException(Path file, int line, String reason, Throwable cause) {
		super(file + (line > 0 ? ", regel " + line : "") + ": " + reason, cause);
		this.file = file;
		this.line = line;
	}

	/** @return the file */
	public Path file() {
		return file;
	}

	/** @return the line (1-based), 0 when the problem is not on one line */
	public int line() {
		return line;
	}
}
