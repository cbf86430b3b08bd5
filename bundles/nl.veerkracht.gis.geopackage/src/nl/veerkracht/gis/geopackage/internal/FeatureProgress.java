package nl.veerkracht.gis.geopackage.internal;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import nl.veerkracht.gis.core.io.ProgressListener;

/**
 * Counts the features read or written across all layers of one GeoPackage and reports them to a
 * {@link ProgressListener} as (features done, features in total), every {@value #INTERVAL} features and
 * at the end. Not thread-safe.
 */
public final class FeatureProgress {

	private static final int INTERVAL = 64;

	private final ProgressListener listener;
	private final Path file;
	private final String verb;
	private final long total;
	private long done;

	/**
	 * @param listener receives progress and may cancel
	 * @param file     the GeoPackage, named in the cancellation message
	 * @param verb     what is done, e.g. {@code "Reading"}
	 * @param total    the number of features in all layers
	 */
	public FeatureProgress(ProgressListener listener, Path file, String verb, long total) {
		this.listener = listener;
		this.file = file;
		this.verb = verb;
		this.total = total;
	}

	/**
	 * Counts one feature done, telling the listener now and then.
	 *
	 * @throws CancellationException when the listener cancels
	 */
	public void featureDone() {
		done++;
		if (done % INTERVAL == 0) {
			report();
		}
	}

	/**
	 * Tells the listener the current count.
	 *
	 * @throws CancellationException when the listener cancels
	 */
	public void report() {
		if (!listener.progress(done, total)) {
			throw new CancellationException(verb + " " + file.getFileName() + " was cancelled");
		}
	}
}
