package nl.veerkracht.stad.ui.run;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import nl.veerkracht.stad.RunProgress;

/** A model run's progress reported to a job's progress monitor, whose Cancel stops the run. */
final class MonitorProgress implements RunProgress {

	private final IProgressMonitor cancellation;
	private SubMonitor monitor;

	/** @param monitor the part of the job's monitor the run may use */
	MonitorProgress(SubMonitor monitor) {
		this.monitor = Objects.requireNonNull(monitor, "monitor"); //$NON-NLS-1$
		this.cancellation = monitor;
	}

	@Override
	public void begin(String task, int totalWork) {
		monitor.setTaskName(task);
		monitor = monitor.setWorkRemaining(totalWork);
	}

	@Override
	public void worked(String subTask, int work) {
		monitor.subTask(subTask);
		monitor.worked(work);
	}

	@Override
	public boolean isCancelled() {
		return cancellation.isCanceled();
	}
}
