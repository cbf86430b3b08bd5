package nl.veerkracht.gis.ui.open;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.imports.LayerFactory;
import nl.veerkracht.gis.ui.imports.LayerFileReader;
import nl.veerkracht.gis.ui.internal.DataSourceMessages;
import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * Reads one file in the background and adds its layers to a map. Failures are shown in an error
 * dialog naming the file and the problem, and written to the error log; the map stays as it was.
 */
public final class OpenLayerJob extends Job {

	/** Family of all layer-opening jobs, so tests and shutdown can wait for them. */
	public static final Object FAMILY = OpenLayerJob.class;

	private final Path file;
	private final MapView view;

	OpenLayerJob(Path file, MapView view) {
		super(NLS.bind(Messages.OpenLayer_jobName, file.getFileName()));
		this.file = file;
		this.view = view;
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
			ReadWarnings warnings = new ReadWarnings();
			List<FeatureCollection> collections = LayerFileReader.read(file, progress.split(90), warnings);
			List<VectorLayer> layers = LayerFactory.toLayers(collections, file, LayerFactory.titleOf(file),
					view.getMapContent(), warnings);
			progress.split(10);
			view.getSite().getShell().getDisplay().asyncExec(() -> layers.forEach(layer -> view.addLayer(layer, true)));
			if (!warnings.isEmpty()) {
				tell(warnings.list());
			}
			return Status.OK_STATUS;
		} catch (DataSourceException e) {
			report(DataSourceMessages.describe(e), e);
			return Status.OK_STATUS;
		} catch (OperationCanceledException | CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			report(file.getFileName() + ": " + e, e); //$NON-NLS-1$
			return Status.OK_STATUS;
		}
	}

	/** Says what the format worked around, e.g. an assumed CRS: the layer is there, but the user must know. */
	private void tell(List<ReadWarning> warnings) {
		String text = warnings.stream().map(ReadWarning::message).collect(Collectors.joining("\n")); //$NON-NLS-1$
		ILog.of(OpenLayerJob.class).warn(file + ": " + text); //$NON-NLS-1$
		Shell shell = view.getSite().getShell();
		shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				MessageDialog.openWarning(shell, Messages.OpenLayer_warningsTitle,
						NLS.bind(Messages.OpenLayer_warnings, file.getFileName(), text));
			}
		});
	}

	private void report(String message, Throwable cause) {
		ILog.of(OpenLayerJob.class).error(message, cause);
		Shell shell = view.getSite().getShell();
		shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				MessageDialog.openError(shell, Messages.OpenLayer_errorTitle,
						NLS.bind(Messages.OpenLayer_errorMessage, message));
			}
		});
	}
}
