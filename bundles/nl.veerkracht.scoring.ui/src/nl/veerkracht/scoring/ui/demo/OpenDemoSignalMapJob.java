package nl.veerkracht.scoring.ui.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.demo.DemoAnalyse;
import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.demo.DemoKerncijferFiles;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.persistence.ModelFileException;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.scoring.ui.SignalMapLoading;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.weights.WeightsView;

/**
 * Makes the demo signal map: writes Veerhaven's invented Kerncijfers {@value DemoGemeente#FIRST_YEAR}–2024
 * into the workspace project {@value #PROJECT} (folder {@code cbs}; files already there are kept) with the demo's
 * analysis {@value DemoAnalyse#FILE_NAME} (two wijkschetsen and prestatieafspraken; kept when already there), scores
 * them with the installed indicators as any CBS files and shows the result with the demo's notice that the
 * figures are invented. The analyst can then do everything a real signal map allows — weights, profiles,
 * keeping it in an analysis.
 */
public final class OpenDemoSignalMapJob extends Job {

	/** The family of these jobs, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
	public static final Object FAMILY = OpenDemoSignalMapJob.class;

	/** The workspace project that holds the demo's files. */
	public static final String PROJECT = "Veerhaven-demo"; //$NON-NLS-1$

	private final IWorkbenchWindow window;

	/**
	 * Creates the job.
	 *
	 * @param window the window whose Map view shows the demo signal map
	 */
	public OpenDemoSignalMapJob(IWorkbenchWindow window) {
		super(DemoMessages.Demo_job);
		this.window = window;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
			if (!project.exists()) {
				project.create(progress.split(5));
			}
			if (!project.isOpen()) {
				project.open(progress.split(5));
			}
			Path folder = Path.of(project.getLocationURI()).resolve("cbs"); //$NON-NLS-1$
			DemoGemeente demo = DemoGemeente.generate();
			List<Path> files = DemoKerncijferFiles.write(demo, folder);
			Path analyse = Path.of(project.getLocationURI()).resolve(DemoAnalyse.FILE_NAME);
			if (!Files.exists(analyse)) { // the analyst's own changes to it are never overwritten
				AnalyseFiles.save(DemoAnalyse.create(demo), analyse);
			}
			project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(5));
			SignalMapInputs inputs = new SignalMapInputs(files, files.get(files.size() - 1),
					Optional.of(DemoGemeente.CODE), ScoringParameters.defaults());
			SignalMapLoading.Loaded loaded = SignalMapLoading.load(inputs, Map.of(), OptionalInt.empty(),
					IndicatorRegistry.getDefault(), progress.split(85));
			window.getShell().getDisplay().asyncExec(() -> show(inputs, loaded));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException | DataSourceException | ModelFileException | IllegalArgumentException e) {
			window.getShell().getDisplay().asyncExec(() -> {
				if (!window.getShell().isDisposed()) {
					MessageDialog.openError(window.getShell(), DemoMessages.Demo_failedTitle,
							NLS.bind(DemoMessages.Demo_failed, e.getMessage()));
				}
			});
			return Status.OK_STATUS;
		}
	}

	private void show(SignalMapInputs inputs, SignalMapLoading.Loaded loaded) {
		if (window.getShell().isDisposed()) {
			return;
		}
		MapView view = MapView.show(window);
		SignalMapSession session = SignalMapSession.show(view, inputs, loaded.state());
		List<Layer> invented = new ArrayList<>(session.layers());
		view.getMapContent().layers().stream().filter(view::isNoticeLayer).forEach(invented::add);
		view.setNotice(DemoGemeente.NOTICE, invented);
		WeightsView.showBeside(window);
	}
}
