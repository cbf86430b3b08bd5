package nl.veerkracht.cbs.online;

/**
 * Receives progress while a download runs page by page, and lets the caller cancel it. Both methods are
 * called on the downloading thread; {@link #isCancelled()} is also polled while a request is waiting for
 * its response, so an implementation must be cheap and thread-safe (for example backed by a volatile flag).
 * <p>
 * A cancelled download throws {@link java.util.concurrent.CancellationException} and returns no partial
 * result. Interrupting the downloading thread cancels it as well.
 */
public interface DownloadMonitor {

	/** A monitor that ignores progress and never cancels. */
	DownloadMonitor NONE = new DownloadMonitor() {

		@Override
		public void pageDone(int pages, long rows) {
			// progress is not shown
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/**
	 * Reports that one more page of results was received and parsed.
	 *
	 * @param pages the number of result pages received so far
	 * @param rows the number of result rows (table rows or features) received so far
	 */
	void pageDone(int pages, long rows);

	/**
	 * Tells whether the caller wants the download to stop.
	 *
	 * @return {@code true} to cancel; the download then stops before the next page or while waiting for a
	 *         response
	 */
	boolean isCancelled();
}
