package nl.veerkracht.scoring.ui.open;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.ui.SignalMapInputs;

/**
 * What the signal-map wizard was finished with: the files as read, the gemeente, the parameters and the
 * year to show first.
 *
 * @param reading    the KWB files and boundaries, read without errors
 * @param gemeente   the gemeente code, or empty for all buurten of the boundaries
 * @param parameters the scoring parameters
 * @param year       the year to show first
 */
record SignalMapRequest(SignalMapReading reading, Optional<String> gemeente, ScoringParameters parameters, int year) {

	/**
	 * Checks the components.
	 *
	 * @throws NullPointerException     if a component is {@code null}
	 * @throws IllegalArgumentException if the reading has errors or no boundaries
	 */
	SignalMapRequest {
		Objects.requireNonNull(reading, "reading");
		Objects.requireNonNull(gemeente, "gemeente");
		Objects.requireNonNull(parameters, "parameters");
		if (!reading.errors().isEmpty() || reading.boundaries().isEmpty()) {
			throw new IllegalArgumentException("the files were not all read: " + reading.errors().values());
		}
	}

	/** @return the inputs the session keeps: files, boundary file, gemeente and parameters */
	SignalMapInputs inputs() {
		return new SignalMapInputs(reading.previews().stream().map(ImportPreview::file).toList(),
				reading.boundarySource().file(), gemeente, parameters);
	}

	/**
	 * Makes the job that scores and shows the signal map.
	 *
	 * @param window the workbench window whose Map view shows it
	 * @return the job, not yet scheduled
	 */
	OpenSignalMapJob job(IWorkbenchWindow window) {
		return new OpenSignalMapJob(window, inputs(), reading.data(), reading.boundaries().orElseThrow(),
				reading.boundarySource().displayName(), year);
	}
}
