package nl.veerkracht.gis.ui.export;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.export.ExportMonitor;
import nl.veerkracht.gis.export.ExportStage;
import nl.veerkracht.gis.export.MapExport;
import nl.veerkracht.gis.export.MapExportFormat;
import nl.veerkracht.gis.export.MapExportSettings;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * Exports a map in the background, with its stages as progress and cancellable at any time. A failure
 * is shown in an error dialog naming the file and written to the error log; the file is then as it was.
 */
public final class ExportMapJob extends Job {

	/** Family of all map export jobs, so tests and shutdown can wait for them. */
	public static final Object FAMILY = ExportMapJob.class;

	private final MapExportSettings settings;
	private final MapExportFormat format;
	private final Path file;
	private final Shell shell;

	ExportMapJob(MapExportSettings settings, MapExportFormat format, Path file, Shell shell) {
		super(NLS.bind(Messages.ExportMap_jobName, file.getFileName()));
		this.settings = settings;
		this.format = format;
		this.file = file;
		this.shell = shell;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), ExportStage.values().length);
		try {
			MapExport.export(settings, format, file, new ExportMonitor() {
				@Override
				public boolean isCancelled() {
					return monitor.isCanceled();
				}

				@Override
				public void beginStage(ExportStage stage) {
					progress.subTask(describe(stage));
					progress.worked(stage == ExportStage.MAP ? 0 : 1);
				}
			});
			progress.done();
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

	private static String describe(ExportStage stage) {
		return switch (stage) {
		case MAP -> Messages.ExportMap_stageMap;
		case DECORATIONS -> Messages.ExportMap_stageDecorations;
		case WRITING -> Messages.ExportMap_stageWriting;
		};
	}

	private void report(String reason, Throwable cause) {
		ILog.of(ExportMapJob.class).error(file + ": " + reason, cause); //$NON-NLS-1$
		Display display = shell.isDisposed() ? Display.getDefault() : shell.getDisplay();
		display.asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell, Messages.ExportMap_errorTitle,
				NLS.bind(Messages.ExportMap_errorMessage, file, reason)));
	}
}
