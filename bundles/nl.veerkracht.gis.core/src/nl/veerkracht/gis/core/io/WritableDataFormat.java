package nl.veerkracht.gis.core.io;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * A {@link DataFormat} that can also write layers. Writers never leave a half-written file behind:
 * they write to a temporary file beside the target and move it into place when done.
 */
public interface WritableDataFormat extends DataFormat {

	/**
	 * Writes layers to a file, replacing it when it exists.
	 *
	 * @param file     the file to write
	 * @param layers   the layers; formats that hold one layer per file accept exactly one
	 * @param progress told of progress, and asked whether to go on
	 * @throws DataSourceException when the file cannot be written or the format cannot hold the layers
	 */
	void write(Path file, List<FeatureCollection> layers, ProgressListener progress) throws DataSourceException;
}
