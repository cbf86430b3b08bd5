package nl.veerkracht.cbs.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.ui.imports.LayerFileReader;
import nl.veerkracht.gis.ui.internal.DataSourceMessages;

/**
 * Reads the CBS files and the boundary file of the CBS import wizard, one after another, with
 * progress and cancellation. A file that cannot be read is reported and left out whole.
 */
public final class CbsReading implements IRunnableWithProgress {

	private final List<Path> files;
	private final Optional<Path> boundaryFile;
	private final List<ImportPreview> previews = new ArrayList<>();
	private final Map<Path, String> errors = new LinkedHashMap<>();
	private FeatureCollection boundaries;

	/**
	 * @param files        the CBS files
	 * @param boundaryFile a layer file with the boundaries, if the user chose one
	 */
	public CbsReading(List<Path> files, Optional<Path> boundaryFile) {
		this.files = List.copyOf(files);
		this.boundaryFile = boundaryFile;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, files.size() + 1);
		CbsImport cbs = new CbsImport();
		for (Path file : files) {
			checkCancelled(progress);
			progress.subTask(file.getFileName().toString());
			try {
				previews.add(cbs.read(file));
			} catch (DataSourceException e) {
				errors.put(file, DataSourceMessages.describe(e));
			}
			progress.worked(1);
		}
		checkCancelled(progress);
		readBoundaries(progress.split(1));
	}

	private void readBoundaries(SubMonitor progress) throws InterruptedException {
		if (boundaryFile.isPresent()) {
			Path file = boundaryFile.get();
			try {
				boundaries = LayerFileReader.read(file, progress).get(0);
			} catch (DataSourceException e) {
				errors.put(file, DataSourceMessages.describe(e));
			} catch (CancellationException e) {
				throw new InterruptedException();
			}
		} else {
			boundaries = previews.stream().flatMap(preview -> preview.boundaries().stream()).findFirst().orElse(null);
		}
	}

	private static void checkCancelled(SubMonitor progress) throws InterruptedException {
		if (progress.isCanceled()) {
			throw new InterruptedException();
		}
	}

	/** @return what each readable CBS file holds, in the order of the files */
	public List<ImportPreview> previews() {
		return List.copyOf(previews);
	}

	/** @return why files could not be read, in the user's language, by file */
	public Map<Path, String> errors() {
		return Map.copyOf(errors);
	}

	/** @return the figures of all readable files together */
	public CbsData data() {
		return CbsData.merge(previews.stream().map(ImportPreview::data).toList());
	}

	/** @return the boundaries to join to: the chosen file's, else the first Wijk- en Buurtkaart file's */
	public Optional<FeatureCollection> boundaries() {
		return Optional.ofNullable(boundaries);
	}
}
