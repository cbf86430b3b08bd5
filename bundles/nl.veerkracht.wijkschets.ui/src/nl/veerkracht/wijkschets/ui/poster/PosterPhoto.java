package nl.veerkracht.wijkschets.ui.poster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.report.poster.WijkschetsPhoto;

/**
 * The wijkschets's photo for the poster dialog and job: where it is ({@link WijkschetsPhoto}), whether it is there,
 * and reading it with messages for the user.
 */
public final class PosterPhoto {

	private PosterPhoto() {
	}

	/**
	 * @param photoPath the wijkschets's photo path, possibly null or blank
	 * @param folder    the folder of the analysis file
	 * @return the photo file, if the wijkschets names one that is a valid path (it need not exist)
	 */
	public static Optional<Path> resolve(String photoPath, Path folder) {
		return WijkschetsPhoto.resolve(photoPath, folder);
	}

	/**
	 * The quick check the dialog shows before the export: whether the named photo is there.
	 *
	 * @param photoPath the wijkschets's photo path, possibly null or blank
	 * @param folder    the folder of the analysis file
	 * @return a warning naming the file when the wijkschets names a photo that is not there
	 */
	public static Optional<String> check(String photoPath, Path folder) {
		if (photoPath == null || photoPath.isBlank()) {
			return Optional.empty();
		}
		Optional<Path> file = resolve(photoPath, folder);
		if (file.isEmpty()) {
			return Optional.of(NLS.bind(PosterMessages.Photo_missing, photoPath));
		}
		return Files.isRegularFile(file.get()) ? Optional.empty()
				: Optional.of(NLS.bind(PosterMessages.Photo_missing, file.get()));
	}

	/**
	 * Reads the photo.
	 *
	 * @param file the photo file
	 * @return the image
	 * @throws IOException with a message naming the file when it is missing or no image Java can read
	 */
	public static BufferedImage read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException(NLS.bind(PosterMessages.Photo_missing, file));
		}
		BufferedImage image;
		try {
			image = ImageIO.read(file.toFile());
		} catch (IOException | RuntimeException e) {
			throw new IOException(NLS.bind(PosterMessages.Photo_unreadable, file, e.getMessage()), e);
		}
		if (image == null) {
			throw new IOException(NLS.bind(PosterMessages.Photo_notAnImage, file));
		}
		return image;
	}
}
