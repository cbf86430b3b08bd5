package nl.veerkracht.model.persistence;

import java.nio.file.Path;

/**
 * A {@code .veerkracht} file could not be loaded or saved. The message names the file and the problem;
 * the file itself is left as it was.
 */
public class ModelFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong. */
	public enum Problem {
		/** The file does not exist or cannot be read. */
		UNREADABLE,
		/** The file is not a well-formed Veerkracht analysis. */
		CORRUPT,
		/** The file was written by a newer version of the model than this one reads. */
		NEWER_VERSION,
		/** The file refers to objects that are not in it. */
		DANGLING_REFERENCE,
		/** Writing the file failed; the previous version is intact. */
		WRITE_FAILED
	}

	private final transient Path file;
	private final Problem problem;

	/**
	 * @param file    the file
	 * @param problem what kind of problem it is
	 * @param reason  the problem in words, without the file name
	 * @param cause   the underlying exception, or {@code null}
	 */
	public ModelFileException(Path file, Problem problem, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
		this.file = file;
		this.problem = problem;
	}

	/**
	 * @return the file that could not be loaded or saved
	 */
	public Path getFile() {
		return file;
	}

	/**
	 * @return what kind of problem it is
	 */
	public Problem getProblem() {
		return problem;
	}
}
