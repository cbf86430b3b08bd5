package nl.veerkracht.notitie.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.report.poster.WijkschetsPhoto;

/**
 * Reads the photo of a wijkschets for its chapter, as the poster finds it ({@link WijkschetsPhoto}). A photo that
 * is named but missing or unreadable leaves the chapter without a photo and adds a warning naming the file, so
 * the notitie is still written and the user learns why the photo is absent.
 */
public final class WijkschetsPhotos {

	private WijkschetsPhotos() {
	}

	/**
	 * @param schets   a wijkschets
	 * @param folder   the folder of the analysis file, against which the photo path is resolved
	 * @param warnings where a warning goes when the named photo cannot be read
	 * @return the photo, if the wijkschets names one that can be read
	 */
	public static Optional<BufferedImage> read(Wijkschets schets, Path folder, List<String> warnings) {
		String named = schets.getPhotoPath();
		if (named == null || named.isBlank()) {
			return Optional.empty();
		}
		String wijk = NotitieContext.title(schets);
		Optional<Path> file = WijkschetsPhoto.resolve(named, folder);
		if (file.isEmpty() || !Files.isRegularFile(file.get())) {
			warnings.add("De foto van " + wijk + " is niet gevonden: " + file.map(Path::toString).orElse(named) + ".");
			return Optional.empty();
		}
		try {
			BufferedImage image = ImageIO.read(file.get().toFile());
			if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
				warnings.add("De foto van " + wijk + " is geen afbeelding die gelezen kan worden (PNG, JPEG, GIF of BMP): "
						+ file.get() + ".");
				return Optional.empty();
			}
			return Optional.of(image);
		} catch (IOException | RuntimeException e) {
			warnings.add("De foto van " + wijk + " is niet gelezen: " + file.get() + " (" + e.getMessage() + ").");
			return Optional.empty();
		}
	}
}
