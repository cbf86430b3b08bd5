package nl.veerkracht.scoring.ui.quickscan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.report.quickscan.QuickScanContent;
import nl.veerkracht.report.quickscan.SourceFile;
import nl.veerkracht.scoring.cli.QuickScanCommand;
import nl.veerkracht.scoring.cli.QuickScanContentBuilder;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.SignalMapInputs;

/**
 * Writes the QuickScan of a scored signal map in the background, with progress, cancellable until the files
 * are written; the files are written all or nothing ({@link QuickScanCommand#write}). A failure is the job's
 * error status, naming the file.
 */
public final class QuickScanExportJob extends Job {

	/** The family of QuickScan export jobs, to wait for or cancel them. */
	public static final Object FAMILY = QuickScanExportJob.class;

	private final SignalMapInputs inputs;
	private final ScoringState state;
	private final Path folder;
	private volatile int pages;

	/**
	 * @param inputs the signal map's files
	 * @param state the signal map as scored now
	 * @param folder the folder to write into; its parent exists
	 */
	public QuickScanExportJob(SignalMapInputs inputs, ScoringState state, Path folder) {
		super(QuickScanMessages.QuickScan_job);
		this.inputs = inputs;
		this.state = state;
		this.folder = folder;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, QuickScanMessages.QuickScan_job, inputs.kwbFiles().size() + 2);
		try {
			List<SourceFile> sources = new ArrayList<>();
			CbsImport cbs = new CbsImport();
			progress.subTask(QuickScanMessages.QuickScan_sources);
			for (Path file : inputs.kwbFiles()) {
				sources.add(QuickScanCommand.kwbSource(file, cbs.read(file)));
				progress.split(1);
			}
			sources.add(QuickScanCommand.boundarySource(inputs.boundaries(), state.run().table().regionCount()));
			progress.subTask(QuickScanMessages.QuickScan_content);
			QuickScanContent content = new QuickScanContentBuilder(state.run(), state.result()).build(state.layer(), sources,
					LocalDate.now());
			progress.split(1);
			progress.subTask(QuickScanMessages.QuickScan_writing);
			pages = QuickScanCommand.write(content, state.layer(), folder);
			progress.split(1);
			return Status.info(NLS.bind(QuickScanMessages.QuickScan_done, folder, pages));
		} catch (DataSourceException e) {
			return Status.error(NLS.bind(QuickScanMessages.QuickScan_failed, e.getMessage()), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return the number of pages of the PDF written, 0 before the job has written it */
	public int pages() {
		return pages;
	}
}
