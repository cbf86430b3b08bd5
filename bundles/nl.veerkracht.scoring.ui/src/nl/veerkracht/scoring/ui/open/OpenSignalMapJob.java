package nl.veerkracht.scoring.ui.open;

import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.weights.WeightsView;

/**
 * Makes the signal map the wizard was finished with, in the background: prepares the {@link ScoringRun}
 * (every indicator for every buurt and year) with the chosen parameters, scores the chosen year
 * ({@link ScoringState#compute}: classes, trend, hot spots, robustness), and then, on the UI thread, shows
 * it in the Map view ({@link SignalMapSession#show}) and opens the Gewichten view beside it (the map stays
 * in sight should the two share a folder). It can be cancelled
 * between the steps; a failure is shown in a dialog that names the problem and leaves the map as it was.
 */
public final class OpenSignalMapJob extends Job {

	/** The family of these jobs, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
	public static final Object FAMILY = OpenSignalMapJob.class;

	private final IWorkbenchWindow window;
	private final SignalMapInputs inputs;
	private final CbsData data;
	private final FeatureCollection boundaries;
	private final String boundaryName;
	private final int year;

	/**
	 * @param window       the window whose Map view shows the signal map
	 * @param inputs       the files, gemeente and parameters
	 * @param data         the figures of the KWB files, as the wizard read them
	 * @param boundaries   the buurt boundaries, as the wizard read them
	 * @param boundaryName the boundaries' file or layer name, for messages
	 * @param year         the year to show first
	 */
	OpenSignalMapJob(IWorkbenchWindow window, SignalMapInputs inputs, CbsData data, FeatureCollection boundaries,
			String boundaryName, int year) {
		super(OpenMessages.bind(OpenMessages.Job_name, inputs.gemeente().orElse(OpenMessages.Problem_allGemeenten)));
		this.window = Objects.requireNonNull(window, "window");
		this.inputs = inputs;
		this.data = data;
		this.boundaries = boundaries;
		this.boundaryName = boundaryName;
		this.year = year;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		SignalMapPreparation preparation = new SignalMapPreparation(data, inputs.kwbFiles(), boundaries, boundaryName,
				inputs.gemeente(), inputs.parameters());
		ScoringState state;
		try {
			preparation.run(progress.split(40));
			if (preparation.problem().isPresent()) {
				report(preparation.problem().get(), null);
				return Status.OK_STATUS;
			}
			ScoringRun run = preparation.run().orElseThrow();
			progress.setTaskName(OpenMessages.bind(OpenMessages.Job_score, year));
			progress.split(60);
			state = ScoringState.compute(run, run.weights(), year, boundaries.getCrs());
		} catch (InterruptedException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			report(e.getMessage() == null ? e.toString() : e.getMessage(), e);
			return Status.OK_STATUS;
		}
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		window.getWorkbench().getDisplay().asyncExec(() -> show(state));
		return Status.OK_STATUS;
	}

	private void show(ScoringState state) {
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		SignalMapSession.show(MapView.show(window), inputs, state);
		WeightsView.showBeside(window);
	}

	private void report(String problem, Throwable cause) {
		ILog.of(OpenSignalMapJob.class).error(problem, cause);
		window.getWorkbench().getDisplay().asyncExec(() -> {
			Shell shell = window.getShell();
			if (shell != null && !shell.isDisposed()) {
				MessageDialog.openError(shell, OpenMessages.Job_failedTitle, OpenMessages.bind(OpenMessages.Job_failed, problem));
			}
		});
	}
}
