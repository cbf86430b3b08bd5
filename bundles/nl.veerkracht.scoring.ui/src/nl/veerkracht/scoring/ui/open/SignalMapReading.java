package nl.veerkracht.scoring.ui.open;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.ui.imports.LayerFileReader;
import nl.veerkracht.scoring.ui.SignalMapLoading;

/**
 * Reads the KWB files and the boundaries of the signal-map wizard, one file after another, with progress
 * and cancellation: each KWB file with {@link CbsImport}, a boundary file with the workbench's data formats
 * ({@link LayerFileReader}, so every format the workbench opens works). A file that cannot be read is
 * recorded with the reason and the file's name; the others are still read so that the preview can list
 * every problem at once.
 */
final class SignalMapReading implements IRunnableWithProgress {

	private final List<Path> kwbFiles;
	private final BoundarySource boundarySource;
	private final List<ImportPreview> previews = new ArrayList<>();
	private final Map<Path, String> errors = new LinkedHashMap<>();
	private FeatureCollection boundaries;
	private String boundaryFormat;
	private BoundaryBuurten buurten;

	/**
	 * @param kwbFiles       the KWB files
	 * @param boundarySource the boundaries
	 */
	SignalMapReading(List<Path> kwbFiles, BoundarySource boundarySource) {
		this.kwbFiles = List.copyOf(kwbFiles);
		this.boundarySource = boundarySource;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, OpenMessages.Preview_reading, kwbFiles.size() * 10 + 10);
		CbsImport cbs = new CbsImport();
		for (Path file : kwbFiles) {
			checkCancelled(progress);
			progress.subTask(OpenMessages.bind(OpenMessages.Preview_readingFile, file.getFileName()));
			try {
				previews.add(cbs.read(file));
			} catch (DataSourceException e) {
				errors.put(file, ReadProblems.describe(e));
			} catch (RuntimeException e) {
				errors.put(file, ReadProblems.describe(file, e));
			}
			progress.worked(10);
		}
		checkCancelled(progress);
		progress.subTask(OpenMessages.bind(OpenMessages.Preview_readingFile, boundarySource.displayName()));
		readBoundaries(progress.split(10));
	}

	private void readBoundaries(SubMonitor progress) throws InterruptedException {
		Path file = boundarySource.file();
		if (boundarySource.layer() != null) {
			boundaries = boundarySource.layer().getFeatures();
			boundaryFormat = formatName(file);
		} else {
			try {
				boundaryFormat = LayerFileReader.formatOf(file).getName();
				boundaries = firstWithBuurten(LayerFileReader.read(file, progress));
			} catch (DataSourceException e) {
				errors.put(file, ReadProblems.describe(e));
				return;
			} catch (CancellationException | OperationCanceledException e) {
				throw new InterruptedException();
			} catch (RuntimeException e) {
				errors.put(file, ReadProblems.describe(file, e));
				return;
			}
			if (boundaries == null) {
				errors.put(file, OpenMessages.bind(OpenMessages.Problem_noLayer, file.getFileName()));
				return;
			}
		}
		buurten = BoundaryBuurten.of(boundaries);
		buurten.problem(file.getFileName().toString()).ifPresent(problem -> errors.put(file, problem));
	}

	private static String formatName(Path file) {
		try {
			return LayerFileReader.formatOf(file).getName();
		} catch (DataSourceException e) {
			return file.getFileName().toString();
		}
	}

	/** A file may hold several layers (a GeoPackage): the rule of {@link SignalMapLoading#boundaryLayer}. */
	private static FeatureCollection firstWithBuurten(List<FeatureCollection> layers) {
		return SignalMapLoading.boundaryLayer(layers).orElse(null);
	}

	private static void checkCancelled(SubMonitor progress) throws InterruptedException {
		if (progress.isCanceled()) {
			throw new InterruptedException();
		}
	}

	/** @return the KWB files that were read, in the order of the files */
	List<ImportPreview> previews() {
		return List.copyOf(previews);
	}

	/** @return why files could not be used, by file, in the user's language and naming the file */
	Map<Path, String> errors() {
		return new LinkedHashMap<>(errors);
	}

	/** @return the figures of all KWB files together, with derived percentages */
	CbsData data() {
		return CbsData.merge(previews.stream().map(ImportPreview::data).toList());
	}

	/** @return where the boundaries came from */
	BoundarySource boundarySource() {
		return boundarySource;
	}

	/** @return the boundaries, empty when they could not be read or the file holds no layer */
	Optional<FeatureCollection> boundaries() {
		return Optional.ofNullable(boundaries);
	}

	/** @return the name of the boundaries' data format, e.g. GeoJSON */
	String boundaryFormat() {
		return boundaryFormat == null ? "" : boundaryFormat; //$NON-NLS-1$
	}

	/** @return the buurten in the boundaries, empty when they could not be read */
	Optional<BoundaryBuurten> buurten() {
		return Optional.ofNullable(buurten);
	}
}
