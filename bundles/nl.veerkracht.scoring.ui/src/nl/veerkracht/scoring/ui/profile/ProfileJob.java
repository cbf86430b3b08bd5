package nl.veerkracht.scoring.ui.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.run.BuurtProfile;
import nl.veerkracht.scoring.run.CompositeHistory;
import nl.veerkracht.scoring.run.IndicatorSeries;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.ScoringState;

/**
 * Computes a buurt's {@link ProfileData} in the background: the explanation, the robustness samples of the
 * buurt and the course over the years (the pooled normalisation of the run is done once per run and kept).
 * Requests made while one runs fold into the next run; only the latest request's result reaches the UI.
 */
final class ProfileJob extends Job {

	private final Display display;
	private final Consumer<ProfileData> done;
	private final AtomicLong requests = new AtomicLong();
	private volatile Request pending;
	private ScoringRun historyRun;
	private CompositeHistory history;

	/**
	 * Creates the job.
	 *
	 * @param display the display to hand the result to
	 * @param done    called on the UI thread with the result of the latest request
	 */
	ProfileJob(Display display, Consumer<ProfileData> done) {
		super(ProfileMessages.Profile_job);
		this.display = display;
		this.done = done;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == BuurtprofielView.JOB_FAMILY;
	}

	/**
	 * Asks for the profile of a buurt in a scored state. Any thread.
	 *
	 * @param state     the state
	 * @param buurtCode a buurt of the state's run
	 */
	void request(ScoringState state, String buurtCode) {
		pending = new Request(state, buurtCode, requests.incrementAndGet());
		schedule();
	}

	/** Forgets the pending request, so that a running computation's result is dropped. */
	void forget() {
		requests.incrementAndGet();
		pending = null;
		cancel();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Request request = pending;
		if (request == null) {
			return Status.OK_STATUS;
		}
		monitor.beginTask(NLS.bind(ProfileMessages.Profile_jobTask, request.buurtCode()), IProgressMonitor.UNKNOWN);
		ProfileData data;
		try {
			data = compute(request);
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(ProfileMessages.Profile_jobFailed, request.buurtCode(), e.getMessage()), e);
		} finally {
			monitor.done();
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (request.number() == requests.get()) {
					done.accept(data);
				}
			});
		}
		return Status.OK_STATUS;
	}

	private ProfileData compute(Request request) {
		ScoringState state = request.state();
		ScoringRun run = state.run();
		if (historyRun != run) {
			history = CompositeHistory.of(run);
			historyRun = run;
		}
		BuurtProfile profile = BuurtProfile.of(run, state.result(), request.buurtCode());
		List<IndicatorSeries> indicators = new ArrayList<>();
		for (IndicatorSpec spec : run.table().indicators()) {
			indicators.add(IndicatorSeries.of(run, request.buurtCode(), spec.id()));
		}
		return new ProfileData(state, profile, history.series(request.buurtCode(), state.weights()), indicators);
	}

	/** One request, numbered so that only the latest one's result is shown. */
	private record Request(ScoringState state, String buurtCode, long number) {
	}
}
