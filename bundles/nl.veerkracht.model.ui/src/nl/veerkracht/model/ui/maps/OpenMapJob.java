package nl.veerkracht.model.ui.maps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.maps.KaartInstellingen;
import nl.veerkracht.model.maps.MapSnapshot;
import nl.veerkracht.model.ui.internal.AnalyseSession;

/**
 * Opens a map kept in an analysis in the Map view: reads its layers' files in the background (cancellable),
 * then shows them, styled and in the view they were kept with, in place of the Map view's layers. Files that
 * are missing or broken are named in a dialog; the other layers are shown, and the analysis is not changed.
 */
public final class OpenMapJob extends Job {

	/** Family of all map-opening jobs, so tests and shutdown can wait for them. */
	public static final Object FAMILY = OpenMapJob.class;

	private final KaartInstelling kaart;
	private final IFile file;
	private final MapView view;

	private OpenMapJob(KaartInstelling kaart, IFile file, MapView view) {
		super(NLS.bind(MapMessages.OpenMap_job, kaart.getName()));
		this.kaart = kaart;
		this.file = file;
		this.view = view;
		setUser(true);
	}

	/**
	 * Opens a kept map in the Map view of a window. Call on the UI thread.
	 *
	 * @param window  the window
	 * @param kaart   the map, part of an open analysis
	 * @param session the analysis it belongs to
	 * @return the scheduled job
	 */
	public static OpenMapJob open(IWorkbenchWindow window, KaartInstelling kaart, AnalyseSession session) {
		OpenMapJob job = new OpenMapJob(EcoreUtil.copy(kaart), session.getFile(), MapView.show(window));
		job.schedule();
		return job;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			MapSnapshot snapshot = KaartInstellingen.restore(kaart, Path.of(file.getLocationURI()),
					DataFormatRegistry.getDefault(), (read, total) -> !monitor.isCanceled());
			Shell shell = view.getSite().getShell();
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					show(snapshot);
				}
			});
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}

	private void show(MapSnapshot snapshot) {
		snapshot.applyTo(view.getMapContent());
		MapCanvas canvas = view.getMapCanvas();
		Rectangle area = canvas.getControl().getClientArea();
		Viewport viewport = snapshot.viewport(Math.max(area.width, 1), Math.max(area.height, 1)).orElse(null);
		if (viewport != null) {
			// zooming first marks the extent as chosen, so the canvas does not zoom to the new layers instead
			canvas.zoomTo(viewport.visibleEnvelope());
			canvas.setViewport(viewport);
		} else {
			canvas.zoomToFullExtent();
		}
		MapOrigins.remember(view.getMapContent(), file, snapshot.name());
		List<String> notes = new ArrayList<>(snapshot.problems());
		snapshot.warnings().stream().map(ReadWarning::toString).forEach(notes::add);
		if (!notes.isEmpty()) {
			String text = String.join("\n", notes); //$NON-NLS-1$
			ILog.of(OpenMapJob.class).warn(file.getFullPath() + " / " + snapshot.name() + ": " + text); //$NON-NLS-1$ //$NON-NLS-2$
			String message = snapshot.layers().isEmpty() ? MapMessages.OpenMap_noLayers : MapMessages.OpenMap_problems;
			MessageDialog.openWarning(view.getSite().getShell(), MapMessages.OpenMap_problemsTitle,
					NLS.bind(message, snapshot.name(), text));
		}
	}
}
