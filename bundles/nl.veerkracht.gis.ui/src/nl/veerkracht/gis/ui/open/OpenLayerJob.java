package nl.veerkracht.gis.ui.open;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormatDescriptor;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.DefaultStyles;
import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * Reads one file in the background and adds it to a map as a layer. Failures are shown in
 * an error dialog naming the file and the problem, and written to the error log.
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
			List<FeatureCollection> collections = read(progress.split(90));
			List<VectorLayer> layers = toLayers(collections);
			progress.split(10);
			Display display = view.getSite().getShell().getDisplay();
			display.asyncExec(() -> layers.forEach(layer -> view.addLayer(layer, true)));
			return Status.OK_STATUS;
		} catch (DataSourceException e) {
			report(describe(e), e);
			return Status.OK_STATUS;
		} catch (OperationCanceledException | CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			report(file.getFileName() + ": " + e, e);
			return Status.OK_STATUS;
		}
	}

	private List<FeatureCollection> read(SubMonitor progress) throws DataSourceException {
		DataFormatRegistry formats = DataFormatRegistry.getDefault();
		DataFormatDescriptor format = formats.forFile(file).orElseThrow(() -> new DataSourceException(file,
				NLS.bind(Messages.OpenLayer_unsupportedFormat, formats.supportedExtensions()), null));
		return format.getFormat().read(file, new ProgressAdapter(progress, file));
	}

	/** Makes layers of what was read, reprojected and indexed here rather than on the UI thread. */
	private List<VectorLayer> toLayers(List<FeatureCollection> collections) {
		int index = view.getMapContent().layers().size();
		List<VectorLayer> layers = new ArrayList<>();
		for (FeatureCollection collection : collections) {
			String title = collections.size() == 1 ? titleOf(file)
					: titleOf(file) + " \u2014 " + collection.getSchema().getName(); //$NON-NLS-1$
			VectorLayer layer = new VectorLayer(title, collection, file, DefaultStyles.next(index++));
			layer.getEnvelope(view.getMapContent().getCrs());
			layers.add(layer);
		}
		return layers;
	}

	/** Says where the fault is in the user's language: file, line and column when known, the reason. */
	private static String describe(DataSourceException e) {
		String name = e.getFile().getFileName().toString();
		String where = e.getLine().isPresent() && e.getColumn().isPresent()
				? NLS.bind(Messages.OpenLayer_position,
						new Object[] { name, e.getLine().getAsInt(), e.getColumn().getAsInt() })
				: name;
		return NLS.bind(Messages.OpenLayer_fault, new Object[] { where, e.getReason(), e.getFile().toAbsolutePath() });
	}

	private static String titleOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
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
