package nl.veerkracht.gis.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.internal.DataSourceMessages;

/**
 * Reads the files chosen in the import wizard, one after another, with progress and cancellation.
 * A file that cannot be read is reported and skipped whole: no file is ever half imported.
 */
final class LayerReading implements IRunnableWithProgress {

	private final List<Path> files;
	private final MapContent map;
	private final List<FileReadResult> results = new ArrayList<>();

	LayerReading(List<Path> files, MapContent map) {
		this.files = List.copyOf(files);
		this.map = map;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		for (Path file : files) {
			if (progress.isCanceled()) {
				throw new InterruptedException();
			}
			progress.subTask(file.getFileName().toString());
			results.add(read(file, progress.split(1)));
		}
	}

	private FileReadResult read(Path file, SubMonitor progress) throws InterruptedException {
		try {
			String format = LayerFileReader.formatOf(file).getName();
			ReadWarnings warnings = new ReadWarnings();
			List<FeatureCollection> collections = LayerFileReader.read(file, progress, warnings);
			List<VectorLayer> layers = LayerFactory.toLayers(collections, file, LayerFactory.titleOf(file), map, warnings);
			return new FileReadResult(file, format, layers, null, warnings.list());
		} catch (DataSourceException e) {
			return new FileReadResult(file, null, List.of(), DataSourceMessages.describe(e), List.of());
		} catch (CancellationException | OperationCanceledException e) {
			throw new InterruptedException();
		}
	}

	/** @return one result per file, in the order of the files */
	List<FileReadResult> results() {
		return List.copyOf(results);
	}
}
