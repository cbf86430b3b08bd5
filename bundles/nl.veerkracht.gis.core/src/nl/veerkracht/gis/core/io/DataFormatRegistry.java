package nl.veerkracht.gis.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.internal.ExtensionDataFormats;

/**
 * The data formats known to the workbench: those contributed through the extension point
 * {@code nl.veerkracht.gis.core.dataFormats} (see its schema), or, outside OSGi, a list given
 * explicitly. Thread-safe.
 */
public final class DataFormatRegistry {

	/** The id of the extension point through which formats are contributed. */
	public static final String EXTENSION_POINT = "nl.veerkracht.gis.core.dataFormats";

	private static volatile DataFormatRegistry defaultRegistry;

	private final List<DataFormatDescriptor> formats;

	private DataFormatRegistry(List<DataFormatDescriptor> formats) {
		this.formats = List.copyOf(formats);
	}

	/**
	 * @return the formats contributed through the extension point, read once
	 * @throws IllegalStateException when no extension registry is running (outside OSGi: use {@link #of(List)})
	 */
	public static DataFormatRegistry getDefault() {
		DataFormatRegistry result = defaultRegistry;
		if (result == null) {
			synchronized (DataFormatRegistry.class) {
				result = defaultRegistry;
				if (result == null) {
					result = new DataFormatRegistry(ExtensionDataFormats.read(EXTENSION_POINT));
					defaultRegistry = result;
				}
			}
		}
		return result;
	}

	/**
	 * @param formats the formats, in order of preference
	 * @return a registry of exactly these formats, for use outside OSGi and in tests
	 */
	public static DataFormatRegistry of(List<DataFormatDescriptor> formats) {
		return new DataFormatRegistry(formats);
	}

	/** @return all formats, in order of preference */
	public List<DataFormatDescriptor> getFormats() {
		return formats;
	}

	/**
	 * @param file a file
	 * @return the first format whose extensions match the file's, if any
	 */
	public Optional<DataFormatDescriptor> forFile(Path file) {
		return formats.stream().filter(format -> format.matches(file)).findFirst();
	}

	/**
	 * Reads every layer of a file with the format its extension names.
	 *
	 * @param file     the file
	 * @param progress told of progress, and asked whether to go on
	 * @return the layers
	 * @throws DataSourceException when no format reads such files, or the file cannot be read
	 */
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		return read(file, progress, WarningSink.IGNORE);
	}

	/**
	 * Reads every layer of a file with the format its extension names, passing on its warnings.
	 *
	 * @param file     the file
	 * @param progress told of progress, and asked whether to go on
	 * @param warnings receives what the format noticed and worked around
	 * @return the layers
	 * @throws DataSourceException when no format reads such files, or the file cannot be read
	 */
	public List<FeatureCollection> read(Path file, ProgressListener progress, WarningSink warnings)
			throws DataSourceException {
		DataFormatDescriptor format = forFile(file).orElseThrow(() -> new DataSourceException(file,
				"no data format reads this type of file; supported: " + supportedExtensions(), null));
		return format.getFormat().read(file, progress, warnings);
	}

	/** @return the supported extensions, e.g. {@code .geojson, .json, .gpkg} */
	public String supportedExtensions() {
		return formats.stream().flatMap(format -> format.getExtensions().stream()).map(e -> "." + e)
				.collect(Collectors.joining(", "));
	}
}
