package nl.veerkracht.stad.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.stad.CbsCityInput;
import nl.veerkracht.stad.CityComparison;
import nl.veerkracht.stad.CityComparisonRun;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.Scenario;
import nl.veerkracht.stad.SensitivitySpec;
import nl.veerkracht.stad.KwetsbaarheidProjection;
import nl.veerkracht.stad.ModelParameterFile;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.ParameterFileException;
import nl.veerkracht.stad.ShareClassifier;
import nl.veerkracht.stad.ui.StadsbalansResult;

/**
 * Calculates the Stadsbalans in the background: reads the CBS files of the open signal map, makes the city input
 * of its gemeente for the signal map's year, converts the scenarios (the baseline first) and runs the comparison
 * ({@link #run}) with the analysis's model parameters ({@link ModelParameterFile}), the projected kwetsbaarheid
 * classes of the signal map and the documented sensitivity samples ({@link SensitivitySpec#defaults()}), reporting
 * per scenario and stopping on Cancel. The result, with the calibrated parameters the run used, or why there is
 * none, is handed over on the UI thread.
 */
public final class StadsbalansJob extends Job {

	/** The family of these jobs, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
	public static final Object FAMILY = StadsbalansJob.class;

	/**
	 * What the job needs, taken on the UI thread before it is scheduled.
	 *
	 * @param analyseName   the analysis name
	 * @param scenarios     copies of the scenarios to run, the baseline first
	 * @param inputs        the open signal map's files and gemeente
	 * @param signalMap     the open signal map as scored (engine, weights, year, features)
	 * @param parameterFile the model parameter file beside the analysis (defaults when it does not exist), or null
	 * @param horizon       the years to simulate
	 */
	public record Request(String analyseName, List<nl.veerkracht.model.Scenario> scenarios, SignalMapInputs inputs,
			ScoringState signalMap, Path parameterFile, int horizon) {

		/** Checks the arguments and copies the list. */
		public Request {
			Objects.requireNonNull(analyseName, "analyseName"); //$NON-NLS-1$
			scenarios = List.copyOf(scenarios);
			Objects.requireNonNull(inputs, "inputs"); //$NON-NLS-1$
			Objects.requireNonNull(signalMap, "signalMap"); //$NON-NLS-1$
			if (scenarios.isEmpty()) {
				throw new IllegalArgumentException("the run needs at least the baseline"); //$NON-NLS-1$
			}
		}

		/** @return the start year: the signal map's year */
		public int year() {
			return signalMap.year();
		}
	}

	/**
	 * The comparison run of a Stadsbalans: the analysis's parameters calibrated to the city
	 * ({@link ModelParameters#calibratedTo}: its vulnerable households stay level when nobody does anything), classes
	 * that are the projected kwetsbaarheid classes of the signal map (its engine, weights and year), so the maps read
	 * like the signal map itself, and the documented sensitivity samples ({@link SensitivitySpec#defaults()}).
	 *
	 * @param parameters the model parameters
	 * @param city       the city the run starts from
	 * @param signalMap  the signal map as scored
	 * @return the run
	 */
	public static CityComparisonRun run(ModelParameters parameters, CityInput city, ScoringState signalMap) {
		return new CityComparisonRun(city, parameters, ShareClassifier.defaultRule(),
				Optional.of(new KwetsbaarheidProjection(signalMap.run().engine(), signalMap.weights(), signalMap.year())),
				SensitivitySpec.defaults());
	}

	private final Request request;
	private final Display display;
	private final Consumer<StadsbalansResult> done;
	private final Consumer<String> failed;

	/**
	 * @param request what to calculate; its scenarios are copies the UI no longer changes, the baseline first
	 * @param display the display whose UI thread receives the outcome
	 * @param done    takes the result, on the UI thread
	 * @param failed  takes why there is no result (also after Cancel), on the UI thread
	 */
	public StadsbalansJob(Request request, Display display, Consumer<StadsbalansResult> done, Consumer<String> failed) {
		super(NLS.bind(RunMessages.Job_name, request.analyseName()));
		this.request = request;
		this.display = display;
		this.done = done;
		this.failed = failed;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			progress.subTask(RunMessages.Job_reading);
			CbsData data = new CbsImport().readAll(request.inputs().kwbFiles());
			progress.worked(10);
			ModelParameters parameters = request.parameterFile() == null ? ModelParameters.defaults()
					: ModelParameterFile.readOrDefaults(request.parameterFile());
			CityInput city = new CbsCityInput(parameters).read(data, request.inputs().gemeente(), request.year());
			CityComparisonRun run = run(parameters, city, request.signalMap());
			List<Scenario> scenarios = new ArrayList<>();
			for (nl.veerkracht.model.Scenario scenario : request.scenarios()) {
				scenarios.add(run.scenario(scenario));
			}
			progress.worked(5);
			if (progress.isCanceled()) {
				throw new CancellationException();
			}
			CityComparison comparison = run.run(scenarios, request.horizon(), new MonitorProgress(progress.split(85)));
			StadsbalansResult result = new StadsbalansResult(request.analyseName(), comparison, request.signalMap().layer(),
					SignalMapLayer.BU_CODE);
			hand(() -> done.accept(result));
			return Status.OK_STATUS;
		} catch (CancellationException | org.eclipse.core.runtime.OperationCanceledException e) {
			hand(() -> failed.accept(RunMessages.Job_cancelled));
			return Status.CANCEL_STATUS;
		} catch (DataSourceException | ParameterFileException | IllegalArgumentException e) {
			hand(() -> failed.accept(NLS.bind(RunMessages.Job_failed, e.getMessage())));
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}

	private void hand(Runnable toUi) {
		if (!display.isDisposed()) {
			display.asyncExec(toUi);
		}
	}
}
