package nl.veerkracht.model.scoring;

import java.nio.file.Path;
import java.util.List;

/**
 * The signal map kept in an analysis cannot be computed again as it is. The message names the analysis
 * file and the problem, and for missing files each file; the analysis itself is left as it was.
 */
public class SignaleringskaartException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What is wrong with the signal map's settings. */
	public enum Problem {
		/** The settings name no KWB file or no boundary layer. */
		INCOMPLETE,
		/** A file location is not a usable location of a file on this computer. */
		BAD_LOCATION,
		/** One or more files named by the settings do not exist; {@link #getFiles()} lists them. */
		MISSING_FILE,
		/**
		 * A setting is out of range: a gemeente code, year, coverage or weight (see
		 * {@link nl.veerkracht.model.validation.VeerkrachtValidator} for the same rules in Dutch).
		 */
		INVALID_SETTING
	}

	private final transient Path analyseFile;
	private final transient List<Path> files;
	private final Problem problem;

	/**
	 * @param analyseFile the analysis file the signal map is kept in
	 * @param problem     what kind of problem it is
	 * @param reason      the problem in words, without the analysis file
	 * @param files       the files the problem is about (the missing ones), possibly none
	 * @param cause       the underlying exception, or {@code null}
	 */
	public SignaleringskaartException(Path analyseFile, Problem problem, String reason, List<Path> files, Throwable cause) {
		super(analyseFile + ": " + reason, cause);
		this.analyseFile = analyseFile;
		this.problem = problem;
		this.files = List.copyOf(files);
	}

	/**
	 * @return the analysis file the signal map is kept in
	 */
	public Path getAnalyseFile() {
		return analyseFile;
	}

	/**
	 * @return what kind of problem it is
	 */
	public Problem getProblem() {
		return problem;
	}

	/**
	 * @return the files the problem is about, e.g. every file that is missing; empty when it is about none
	 */
	public List<Path> getFiles() {
		return files;
	}
}
