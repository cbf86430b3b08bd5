package nl.veerkracht.scoring.ui.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the Indicatoren table to a CSV file for Dutch Excel ({@link TableText#csv}: raw values, semicolons,
 * decimal commas) in UTF-8 with a byte order mark, so that Excel reads the accents of buurt names. The rows
 * go to a temporary file beside the target, which is then moved over it in one step: a cancelled or failed
 * export leaves no half-written file and an earlier export intact.
 */
final class CsvExportJob extends Job {

	/** The family of export jobs, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
	static final Object FAMILY = CsvExportJob.class;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final IndicatorTableModel model;
	private final List<IndicatorTableColumn> columns;
	private final int[] regions;
	private final Path target;

	/**
	 * @param model   the numbers
	 * @param columns the columns
	 * @param regions the buurten in the order to write
	 * @param target  the CSV file to write (replaced if it exists)
	 */
	CsvExportJob(IndicatorTableModel model, List<IndicatorTableColumn> columns, int[] regions, Path target) {
		super(NLS.bind(IndicatorTableMessages.Export_job, target.getFileName()));
		this.model = Objects.requireNonNull(model, "model"); //$NON-NLS-1$
		this.columns = List.copyOf(columns);
		this.regions = regions.clone();
		this.target = target.toAbsolutePath();
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(NLS.bind(IndicatorTableMessages.Export_task, regions.length), IProgressMonitor.UNKNOWN);
		Path temporary = null;
		try {
			temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			boolean complete;
			try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				out.write(BYTE_ORDER_MARK);
				complete = TableText.csv(model, columns, regions, out, monitor::isCanceled);
			}
			if (!complete) {
				return Status.CANCEL_STATUS;
			}
			move(temporary, target);
			temporary = null;
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error(NLS.bind(IndicatorTableMessages.Export_failed, target, e.getMessage()), e);
		} finally {
			deleteQuietly(temporary);
			monitor.done();
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// the export's own outcome is what the user needs to hear about
			}
		}
	}
}
