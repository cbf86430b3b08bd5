package nl.veerkracht.model.maps;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where a data file is, as kept in the analysis (a map layer's data file, the signal map's KWB files and
 * boundaries): relative to the analysis file's folder when the data lies in it or below it, so that the
 * analysis and its data can be moved together; otherwise an absolute {@code file:} URI.
 */
public final class LayerLocations {

	private LayerLocations() {
	}

	/**
	 * @param dataFile    the data file
	 * @param analyseFile the analysis file
	 * @return e.g. {@code "data/buurten.geojson"} or {@code "file:///home/an/kaarten/wijken.gpkg"}
	 */
	public static String toUri(Path dataFile, Path analyseFile) {
		URI data = dataFile.toAbsolutePath().normalize().toUri();
		URI relative = folderOf(analyseFile).relativize(data);
		return relative.isAbsolute() ? data.toString() : relative.toString();
	}

	/**
	 * @param uri         a location as {@link #toUri} writes it
	 * @param analyseFile the analysis file
	 * @return the data file
	 * @throws IllegalArgumentException when the text is not a URI of a local file
	 */
	public static Path toPath(String uri, Path analyseFile) {
		URI location = URI.create(uri.strip());
		URI resolved = location.isAbsolute() ? location : folderOf(analyseFile).resolve(location);
		if (!"file".equalsIgnoreCase(resolved.getScheme())) {
			throw new IllegalArgumentException(uri + " is not a file on this computer");
		}
		return Path.of(resolved);
	}

	/** The analysis file's folder as a URI ending in a slash, against which relative locations resolve. */
	private static URI folderOf(Path analyseFile) {
		Path folder = analyseFile.toAbsolutePath().normalize().getParent();
		if (folder == null) {
			throw new IllegalArgumentException("The analysis file " + analyseFile + " has no folder");
		}
		String text = folder.toUri().toString();
		return URI.create(text.endsWith("/") ? text : text + "/");
	}
}
