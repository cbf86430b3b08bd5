package nl.veerkracht.gis.core.io;

/**
 * Receives {@link ReadWarning read warnings} while a file is read, on the reading thread.
 * <p>
 * A {@link nl.veerkracht.gis.core.io.ProgressListener} given to {@link ShapefileFormat#read} that also
 * implements this interface receives the warnings of that read; this is how callers that read through
 * the data-format registry get them.
 */
@FunctionalInterface
public interface WarningSink {

	/** A sink that drops every warning. */
	WarningSink IGNORE = warning -> {
	};

	/**
	 * Takes a warning.
	 *
	 * @param warning the warning
	 */
	void warn(ReadWarning warning);
}
