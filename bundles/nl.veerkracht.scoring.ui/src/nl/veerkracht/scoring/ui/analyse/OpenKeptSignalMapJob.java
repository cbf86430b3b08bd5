package nl.veerkracht.scoring.ui.analyse;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.scoring.Omschrijvingen;
import nl.veerkracht.model.scoring.SignalMapSettings;
import nl.veerkracht.model.scoring.SignaleringskaartException;
import nl.veerkracht.model.scoring.SignaleringskaartInstellingen;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.scoring.ui.SignalMapLoading;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.weights.WeightsView;

/**
 * Opens a signaleringskaart kept in an analysis: reads its files again, scores the kept year with the kept
 * weights and shows it in the Map view, replacing the signal map shown. What cannot be used (a missing file,
 * a weight of an indicator that is not installed, a year not in the files) is told with the analysis and the
 * file named; nothing in the analysis changes.
 */
public final class OpenKeptSignalMapJob extends Job {

	/** The family of these jobs, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
	public static final Object FAMILY = OpenKeptSignalMapJob.class;

	private final IWorkbenchWindow window;
	private final IFile analyseFile;
	private final Signaleringskaart kaart;

	/**
	 * Creates the job.
	 *
	 * @param window      the window whose Map view shows the map
	 * @param analyseFile the analysis that keeps the signaleringskaart
	 * @param kaart       the kept signaleringskaart
	 */
	public OpenKeptSignalMapJob(IWorkbenchWindow window, IFile analyseFile, Signaleringskaart kaart) {
		super(NLS.bind(AnalyseMessages.Open_job, Omschrijvingen.of(kaart)));
		this.window = window;
		this.analyseFile = analyseFile;
		this.kaart = kaart;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SignalMapLoading.Loaded loaded;
		SignalMapInputs inputs;
		try {
			SignalMapSettings settings = SignaleringskaartInstellingen.settings(kaart, Path.of(analyseFile.getLocationURI()));
			inputs = SettingsConversion.inputs(settings);
			loaded = SignalMapLoading.load(inputs, settings.weights(), settings.year(), IndicatorRegistry.getDefault(),
					monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (SignaleringskaartException | DataSourceException | IllegalArgumentException e) {
			fail(e.getMessage());
			return Status.OK_STATUS;
		}
		SignalMapInputs shownInputs = inputs;
		window.getShell().getDisplay().asyncExec(() -> show(shownInputs, loaded));
		return Status.OK_STATUS;
	}

	private void show(SignalMapInputs inputs, SignalMapLoading.Loaded loaded) {
		if (window.getShell().isDisposed()) {
			return;
		}
		SignalMapSession session = SignalMapSession.show(MapView.show(window), inputs, loaded.state());
		SignalMapOrigins.remember(session, analyseFile);
		WeightsView.showBeside(window);
		if (!loaded.notes().isEmpty()) {
			MessageDialog.openWarning(window.getShell(), AnalyseMessages.Open_notesTitle,
					NLS.bind(AnalyseMessages.Open_notes, String.join("\n", loaded.notes()))); //$NON-NLS-1$
		}
	}

	private void fail(String reason) {
		window.getShell().getDisplay().asyncExec(() -> {
			if (!window.getShell().isDisposed()) {
				MessageDialog.openError(window.getShell(), AnalyseMessages.Open_failedTitle,
						NLS.bind(AnalyseMessages.Open_failed, analyseFile.getFullPath().makeRelative(), reason));
			}
		});
	}
}
