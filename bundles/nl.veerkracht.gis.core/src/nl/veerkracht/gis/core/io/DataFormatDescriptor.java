package nl.veerkracht.gis.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A registered {@link DataFormat}: its id, name and file extensions, with the format itself created
 * on first use (so contributing bundles are not started before a file of theirs is opened).
 */
public final class DataFormatDescriptor {

	private final String id;
	private final String name;
	private final List<String> extensions;
	private final Supplier<DataFormat> factory;
	private volatile DataFormat format;

	/**
	 * @param id         unique id, e.g. {@code nl.veerkracht.gis.core.geojson}
	 * @param name       name shown to users, e.g. {@code GeoJSON}
	 * @param extensions file extensions without dot, lower case, e.g. {@code geojson, json}
	 * @param factory    creates the format on first use
	 */
	public DataFormatDescriptor(String id, String name, List<String> extensions, Supplier<DataFormat> factory) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = Objects.requireNonNull(name, "name");
		this.extensions = extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
		this.factory = Objects.requireNonNull(factory, "factory");
	}

	/** @return the unique id */
	public String getId() {
		return id;
	}

	/** @return the name shown to users */
	public String getName() {
		return name;
	}

	/** @return the file extensions read, lower case, without dot */
	public List<String> getExtensions() {
		return extensions;
	}

	/**
	 * @param file a file
	 * @return whether the file's extension is one of this format's
	 */
	public boolean matches(Path file) {
		Path fileName = file.getFileName();
		if (fileName == null) {
			return false;
		}
		String name = fileName.toString().toLowerCase(Locale.ROOT);
		return extensions.stream().anyMatch(extension -> name.endsWith("." + extension));
	}

	/** @return the format, created on first call */
	public DataFormat getFormat() {
		DataFormat result = format;
		if (result == null) {
			synchronized (this) {
				result = format;
				if (result == null) {
					result = Objects.requireNonNull(factory.get(), () -> "format " + id);
					format = result;
				}
			}
		}
		return result;
	}

	/** @return whether this format can also write */
	public boolean isWritable() {
		return getFormat() instanceof WritableDataFormat;
	}

	@Override
	public String toString() {
		return name + " " + extensions;
	}
}
