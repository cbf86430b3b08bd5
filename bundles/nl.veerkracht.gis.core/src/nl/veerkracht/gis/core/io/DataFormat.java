package nl.veerkracht.gis.core.io;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * A file format of spatial (or tabular) data that the workbench can read. Formats are contributed
 * through the extension point {@code nl.veerkracht.gis.core.dataFormats}, which names the file
 * extensions a format reads; the built-in formats register the same way. Implementations must be
 * thread-safe: reading happens in background jobs, possibly several files at once.
 *
 * @see DataFormatRegistry
 * @see WritableDataFormat
 */
public interface DataFormat {

	/**
	 * Reads every layer of a file.
	 *
	 * @param file     the file
	 * @param progress told of progress, and asked whether to go on; a cancelled read throws
	 *                 {@link java.util.concurrent.CancellationException}
	 * @return the layers, each a collection whose schema name is the layer's name; never empty
	 * @throws DataSourceException when the file cannot be read; the message names the file and,
	 *                             where known, the place in it and the problem
	 */
	List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException;

	/**
	 * Reads every layer of a file, telling what was noticed and worked around on the way (an assumed
	 * CRS, a guessed encoding, ...) so that the user can be told. Formats that have such warnings
	 * override this method; the default reads without any.
	 *
	 * @param file     the file
	 * @param progress told of progress, and asked whether to go on
	 * @param warnings receives the warnings, on the reading thread
	 * @return the layers, each a collection whose schema name is the layer's name; never empty
	 * @throws DataSourceException when the file cannot be read
	 */
	default List<FeatureCollection> read(Path file, ProgressListener progress, WarningSink warnings)
			throws DataSourceException {
		return read(file, progress);
	}
}
