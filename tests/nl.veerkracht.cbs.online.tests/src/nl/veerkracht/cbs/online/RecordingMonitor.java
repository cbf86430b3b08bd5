package nl.veerkracht.cbs.online;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A download monitor that records progress and cancels when told to. */
final class RecordingMonitor implements DownloadMonitor {

	private final List<String> progress = new CopyOnWriteArrayList<>();
	private volatile boolean cancelled;

	@Override
	public void pageDone(int pages, long rows) {
		progress.add(pages + "/" + rows);
	}

	@Override
	public boolean isCancelled() {
		return cancelled;
	}

	/** Makes {@link #isCancelled()} answer true from now on. */
	void cancel() {
		cancelled = true;
	}

	/** The progress reports so far, each as {@code "pages/rows"}. */
	List<String> progress() {
		return List.copyOf(progress);
	}
}
