package nl.veerkracht.gis.core.io;

/**
 * Receives progress while a data file is read and lets the caller cancel the read.
 * It is called on the reading thread.
 */
@FunctionalInterface
public interface ProgressListener {

	/** A listener that ignores progress and never cancels. */
	ProgressListener NONE = (bytesRead, totalBytes) -> true;

	/**
	 * Reports progress.
	 *
	 * @param bytesRead the number of bytes read from the file so far
	 * @param totalBytes the file size in bytes, or -1 if unknown
	 * @return {@code true} to continue reading, {@code false} to cancel
	 */
	boolean progress(long bytesRead, long totalBytes);
}
