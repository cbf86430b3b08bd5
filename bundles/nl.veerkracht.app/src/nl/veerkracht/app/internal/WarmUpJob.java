package nl.veerkracht.app.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import nl.veerkracht.gis.core.render.RenderWarmUp;
import nl.veerkracht.scoring.engine.ScoringWarmUp;

/**
 * Runs {@link RenderWarmUp} and then {@link ScoringWarmUp} once in the background after start-up, at the
 * lowest priority, so that the first large map the analyst opens is drawn, and the first signal map scored,
 * by compiled code (the render and scoring benchmarks show the first national map and the first national
 * scoring in a fresh JVM otherwise take several times as long). A system job: not shown in the progress view.
 */
final class WarmUpJob extends Job {

	WarmUpJob() {
		super("Warm-up");
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		RenderWarmUp.run(monitor::isCanceled);
		if (!monitor.isCanceled()) {
			ScoringWarmUp.run(monitor::isCanceled);
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}
}
