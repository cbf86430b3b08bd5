package nl.veerkracht.gis.ui.imports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormatDescriptor;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * Reads a layer file with the data format its extension names, reporting progress to an Eclipse
 * monitor and taking its cancellation. Call it in a background job or a wizard's runnable.
 */
public final class LayerFileReader {

	private LayerFileReader() {
	}

	/**
	 * @param file     the file
	 * @param progress the monitor; its cancellation stops the read
	 * @return the layers in the file
	 * @throws DataSourceException when no format reads the file, or it cannot be read
	 * @throws java.util.concurrent.CancellationException when cancelled
	 */
	public static List<FeatureCollection> read(Path file, SubMonitor progress) throws DataSourceException {
		return read(file, progress, WarningSink.IGNORE);
	}

	/**
	 * @param file     the file
	 * @param progress the monitor; its cancellation stops the read
	 * @param warnings receives what the format noticed and worked around (an assumed CRS, ...)
	 * @return the layers in the file
	 * @throws DataSourceException when no format reads the file, or it cannot be read
	 * @throws java.util.concurrent.CancellationException when cancelled
	 */
	public static List<FeatureCollection> read(Path file, SubMonitor progress, WarningSink warnings)
			throws DataSourceException {
		return formatOf(file).getFormat().read(file, new ProgressAdapter(progress, file), warnings);
	}

	/**
	 * @param file a file
	 * @return the format that reads it
	 * @throws DataSourceException naming the supported file types when none does
	 */
	public static DataFormatDescriptor formatOf(Path file) throws DataSourceException {
		DataFormatRegistry formats = DataFormatRegistry.getDefault();
		return formats.forFile(file).orElseThrow(() -> new DataSourceException(file,
				NLS.bind(Messages.OpenLayer_unsupportedFormat, formats.supportedExtensions()), null));
	}
}
