package nl.veerkracht.stad.ui.notitie;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.notitie.NotitieBuilder;
import nl.veerkracht.notitie.NotitieContent;
import nl.veerkracht.notitie.NotitieExport;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameters;

/**
 * Writes the stadsbrede notitie of the comparison on screen — the chosen scenario against the baseline — as PDF
 * and DOCX into a new folder of the analysis's project, in the background; the project is refreshed so the
 * files show in the Project Explorer.
 */
public final class NotitieJob extends Job {

	/** The family of these jobs, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
	public static final Object FAMILY = NotitieJob.class;

	private final Analyse analyse;
	private final String scenario;
	private final ComparisonResult comparison;
	private final ModelParameters parameters;
	private final FeatureCollection buurten;
	private final String codeAttribute;
	private final IContainer project;
	private final Display display;
	private final Consumer<String> report;

	/**
	 * @param analyse    a copy of the analysis (the job reads it off the UI thread)
	 * @param scenario   the scenario set against the baseline, one of the comparison's
	 * @param comparison the comparison on screen
	 * @param parameters the model parameters the comparison ran with
	 * @param buurten    the buurt features the Stadsbalans maps show, in any CRS: the job turns them into the
	 *                   notitie's maps ({@link BuurtGeometries}, off the UI thread)
	 * @param codeAttribute the attribute of {@code buurten} that holds the buurt code
	 * @param project    the container of the analysis file
	 * @param display    the display whose UI thread gets the report
	 * @param report     takes what happened, in Dutch, on the UI thread
	 */
	public NotitieJob(Analyse analyse, String scenario, ComparisonResult comparison, ModelParameters parameters,
			FeatureCollection buurten, String codeAttribute, IContainer project, Display display, Consumer<String> report) {
		super(NotitieMessages.Job_name);
		this.analyse = analyse;
		this.scenario = scenario;
		this.comparison = comparison;
		this.parameters = parameters;
		this.buurten = buurten;
		this.codeAttribute = codeAttribute;
		this.project = project;
		this.display = display;
		this.report = report;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		String message;
		try {
			progress.subTask(NotitieMessages.Job_writing);
			Path projectFolder = project.getLocation().toFile().toPath();
			NotitieContent content = new NotitieBuilder(analyse, scenario, comparison).parameters(parameters)
					.buurtGeometries(BuurtGeometries.of(buurten, codeAttribute)).photoFolder(projectFolder).build();
			Path folder = NotitieFolders.create(projectFolder.resolve(NotitieMessages.Folder),
					scenario, LocalDate.now());
			NotitieExport.write(content, folder);
			progress.worked(8);
			project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(2));
			Path written = projectFolder.relativize(folder);
			message = content.warnings().isEmpty() ? NLS.bind(NotitieMessages.Written, written)
					: NLS.bind(NotitieMessages.WrittenWithWarnings, written, String.join(" ", content.warnings()));
		} catch (DataSourceException | IOException | CoreException | IllegalArgumentException e) {
			message = NLS.bind(NotitieMessages.Failed, e.getMessage());
		} finally {
			monitor.done();
		}
		String shown = message;
		if (!display.isDisposed()) {
			display.asyncExec(() -> report.accept(shown));
		}
		return Status.OK_STATUS;
	}
}
