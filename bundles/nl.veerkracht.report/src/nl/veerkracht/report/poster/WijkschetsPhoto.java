package nl.veerkracht.report.poster;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the photo of a wijkschets is: the model keeps its path relative to the folder of the analysis file, or
 * absolute. Used alike by the poster and the stadsbrede notitie.
 */
public final class WijkschetsPhoto {

	private WijkschetsPhoto() {
	}

	/**
	 * @param photoPath the wijkschets's photo path, possibly null or blank
	 * @param folder    the folder of the analysis file, or null when unknown
	 * @return the photo file, if the wijkschets names one that is a valid path (it need not exist)
	 */
	public static Optional<Path> resolve(String photoPath, Path folder) {
		if (photoPath == null || photoPath.isBlank()) {
			return Optional.empty();
		}
		try {
			Path path = Path.of(photoPath.strip());
			return Optional.of(path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}
}
