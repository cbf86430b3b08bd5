package nl.veerkracht.wijkschets.ui.poster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.report.poster.PosterContent;
import nl.veerkracht.report.poster.PosterExport;

/**
 * Writes the poster in the background: reads the photo (a missing or unreadable one becomes a warning naming the
 * file, and the poster comes out without it), writes the PDF or PNG safely with {@link PosterExport} and refreshes
 * the workspace folder it landed in. Cancelling before the file is written leaves nothing behind. The result is
 * OK, a WARNING whose message says what was left out, or an ERROR naming the file and the problem.
 */
public final class ExportPosterJob extends Job {

	/** The family of the poster jobs. */
	public static final Object FAMILY = ExportPosterJob.class;

	private static final String PLUGIN_ID = FrameworkUtil.getBundle(ExportPosterJob.class).getSymbolicName();

	private final PosterContent content;
	private final Optional<Path> photo;
	private final PosterRequest request;
	private final Optional<IContainer> workspaceFolder;
	private final List<String> warnings = new ArrayList<>();

	/**
	 * @param content         the poster's texts, mix and maps (without the photo)
	 * @param photo           the photo file to read, if the wijkschets names one
	 * @param request         file, format, resolution
	 * @param workspaceFolder the workspace folder the file is written into, to refresh, if it is one
	 */
	public ExportPosterJob(PosterContent content, Optional<Path> photo, PosterRequest request,
			Optional<IContainer> workspaceFolder) {
		super(NLS.bind(PosterMessages.Job_name, request.file().getFileName()));
		this.content = content;
		this.photo = photo;
		this.request = request;
		this.workspaceFolder = workspaceFolder;
		setUser(true);
	}

	/** @return the request the job writes */
	public PosterRequest request() {
		return request;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		PosterContent poster = content;
		if (photo.isPresent()) {
			progress.subTask(NLS.bind(PosterMessages.Job_photo, photo.get()));
			try {
				poster = poster.withPhoto(PosterPhoto.read(photo.get()));
			} catch (IOException e) {
				warnings.add(e.getMessage());
			}
		}
		progress.worked(2);
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		progress.subTask(NLS.bind(PosterMessages.Job_write, request.file()));
		try {
			if (request.format() == PosterFormat.PNG) {
				PosterExport.writePng(poster, request.file(), request.dpi());
			} else {
				PosterExport.writePdf(poster, request.file());
			}
		} catch (DataSourceException | IllegalArgumentException e) {
			return Status.error(NLS.bind(PosterMessages.Job_failed, e.getMessage()), e);
		}
		progress.worked(7);
		workspaceFolder.ifPresent(folder -> {
			try {
				folder.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
			} catch (CoreException e) {
				// the file is written; the Project Explorer shows it after the next refresh
			}
		});
		return warnings.isEmpty() ? Status.OK_STATUS
				: new Status(IStatus.WARNING, PLUGIN_ID, String.join("\n", warnings)); //$NON-NLS-1$
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
