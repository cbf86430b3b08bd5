package nl.veerkracht.gis.ui.imports;

import java.nio.file.Path;

import org.eclipse.core.runtime.SubMonitor;

import nl.veerkracht.gis.core.io.ProgressListener;

/** Turns the core readers' byte progress into Eclipse progress, and the monitor's cancel into theirs. */
final class ProgressAdapter implements ProgressListener {

	private static final int TICKS = 1000;

	private final SubMonitor monitor;
	private int ticksDone;

	ProgressAdapter(SubMonitor monitor, Path file) {
		this.monitor = monitor;
		monitor.setWorkRemaining(TICKS);
		monitor.subTask(file.toString());
	}

	@Override
	public boolean progress(long bytesRead, long totalBytes) {
		if (totalBytes > 0) {
			int ticks = (int) Math.min(TICKS, bytesRead * TICKS / totalBytes);
			if (ticks > ticksDone) {
				monitor.worked(ticks - ticksDone);
				ticksDone = ticks;
			}
		}
		return !monitor.isCanceled();
	}
}
