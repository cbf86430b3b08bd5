package nl.veerkracht.scoring.ui.weights;

import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * Watches the signal map's rescoring jobs ({@link SignalMapSession#JOB_FAMILY}) and tells, on the UI thread,
 * whether one is waiting or running: from the moment a weight or the year changes until the map shows the
 * result.
 */
final class RescoreActivity extends JobChangeAdapter {

	private final Display display;
	private final Consumer<Boolean> busy;

	/**
	 * Starts watching.
	 *
	 * @param display the display to tell on
	 * @param busy    told {@code true} while a rescore is pending or running, {@code false} when none is
	 */
	RescoreActivity(Display display, Consumer<Boolean> busy) {
		this.display = display;
		this.busy = busy;
		Job.getJobManager().addJobChangeListener(this);
	}

	/** @return whether a rescore is pending or running now */
	static boolean isRescoring() {
		return Job.getJobManager().find(SignalMapSession.JOB_FAMILY).length > 0;
	}

	@Override
	public void scheduled(IJobChangeEvent event) {
		changed(event);
	}

	@Override
	public void running(IJobChangeEvent event) {
		changed(event);
	}

	@Override
	public void done(IJobChangeEvent event) {
		changed(event);
	}

	private void changed(IJobChangeEvent event) {
		if (event.getJob().belongsTo(SignalMapSession.JOB_FAMILY) && !display.isDisposed()) {
			display.asyncExec(() -> busy.accept(isRescoring()));
		}
	}

	/** Stops watching. */
	void dispose() {
		Job.getJobManager().removeJobChangeListener(this);
	}
}
