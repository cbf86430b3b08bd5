package nl.veerkracht.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the real CBS data shared by the project ({@code shared/data} beside the repository). The folder
 * is taken from the system property {@value #PROPERTY}, or else found by walking up from the working
 * directory to a folder P for which {@code P/shared/data} exists.
 */
public final class SharedData {

	/** The system property that names the shared data folder explicitly. */
	public static final String PROPERTY = "veerkracht.shared.data";

	private SharedData() {
	}

	/**
	 * Returns the shared data folder.
	 *
	 * @return the folder
	 * @throws IllegalStateException if it cannot be found; the message says where it was looked for
	 */
	public static Path directory() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null) {
			Path directory = Path.of(configured).toAbsolutePath();
			if (!Files.isDirectory(directory)) {
				throw new IllegalStateException("System property " + PROPERTY + " names " + directory
						+ ", which is not a directory");
			}
			return directory;
		}
		List<Path> searched = new ArrayList<>();
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve("shared").resolve("data");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			searched.add(candidate);
		}
		throw new IllegalStateException("Shared data folder not found. Set -D" + PROPERTY
				+ "=<folder> or run from inside the repository next to shared/data. Looked for: " + searched);
	}

	/**
	 * Returns a file in the shared data folder.
	 *
	 * @param relativePath the path below the folder, for example {@code "rotterdam/buurten_wgs84.geojson"}
	 * @return the file
	 * @throws IllegalStateException if the file does not exist
	 */
	public static Path file(String relativePath) {
		Path file = directory().resolve(relativePath);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Shared data file missing: " + file);
		}
		return file;
	}
}
