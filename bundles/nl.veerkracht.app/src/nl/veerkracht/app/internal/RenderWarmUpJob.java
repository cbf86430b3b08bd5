package nl.veerkracht.app.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import nl.veerkracht.gis.core.render.RenderWarmUp;

/**
 * Runs {@link RenderWarmUp} once in the background after start-up, at the lowest priority, so that the
 * first large map the analyst opens is drawn by compiled code (the render benchmark shows the first national
 * map in a fresh JVM otherwise takes several times as long). A system job: not shown in the progress view.
 */
final class RenderWarmUpJob extends Job {

	RenderWarmUpJob() {
		super("Render warm-up");
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		RenderWarmUp.run(monitor::isCanceled);
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}
}
