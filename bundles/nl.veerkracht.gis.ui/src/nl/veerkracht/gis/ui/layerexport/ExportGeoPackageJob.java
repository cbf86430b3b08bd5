package nl.veerkracht.gis.ui.layerexport;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.geopackage.GeoPackageWriter;
import nl.veerkracht.gis.geopackage.StyledTable;

/**
 * Writes one styled layer to a GeoPackage in the background, counting features as progress, cancellable at
 * any time (the file is then as it was). A failure is shown in an error dialog naming the file and written
 * to the error log; success is told in the status line.
 */
public final class ExportGeoPackageJob extends Job {

	/** Family of all layer export jobs, so tests and shutdown can wait for them. */
	public static final Object FAMILY = ExportGeoPackageJob.class;

	private final StyledTable layer;
	private final String title;
	private final Path file;
	private final Shell shell;
	private final IStatusLineManager statusLine;

	/**
	 * @param layer      the features and their style
	 * @param title      the layer's title in the workbench, for messages
	 * @param file       the GeoPackage to write
	 * @param shell      the shell for an error dialog
	 * @param statusLine where to tell that it is done, or {@code null}
	 */
	ExportGeoPackageJob(StyledTable layer, String title, Path file, Shell shell, IStatusLineManager statusLine) {
		super(NLS.bind(LayerExportMessages.LayerExport_jobName, file.getFileName()));
		this.layer = layer;
		this.title = title;
		this.file = file;
		this.shell = shell;
		this.statusLine = statusLine;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), Math.max(1, layer.features().size()));
		long[] reported = { 0 };
		try {
			new GeoPackageWriter().writeStyled(file, List.of(layer), (done, total) -> {
				progress.worked((int) (done - reported[0]));
				reported[0] = done;
				return !monitor.isCanceled();
			});
			progress.done();
			tell();
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (DataSourceException e) {
			report(e.getReason(), e);
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			report(e.toString(), e);
			return Status.OK_STATUS;
		}
	}

	private void tell() {
		if (statusLine != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(
					() -> statusLine.setMessage(NLS.bind(LayerExportMessages.LayerExport_done, title, file)));
		}
	}

	private void report(String reason, Throwable cause) {
		ILog.of(ExportGeoPackageJob.class).error(file + ": " + reason, cause); //$NON-NLS-1$
		Display display = shell.isDisposed() ? Display.getDefault() : shell.getDisplay();
		display.asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell,
				LayerExportMessages.LayerExport_errorTitle,
				NLS.bind(LayerExportMessages.LayerExport_errorMessage, file, reason)));
	}
}
