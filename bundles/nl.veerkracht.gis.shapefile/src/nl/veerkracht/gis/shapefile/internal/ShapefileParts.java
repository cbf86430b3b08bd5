package nl.veerkracht.gis.shapefile.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Finds the files beside a {@code .shp} that share its base name, whatever the case of their extension. */
final class ShapefileParts {

	private final Path shp;
	private final String baseName;

	ShapefileParts(Path shp) {
		this.shp = shp;
		String name = String.valueOf(shp.getFileName());
		int dot = name.lastIndexOf('.');
		this.baseName = dot > 0 ? name.substring(0, dot) : name;
	}

	String baseName() {
		return baseName;
	}

	/**
	 * @param extension without dot, e.g. {@code dbf}
	 * @return the part, if it exists
	 */
	Optional<Path> find(String extension) throws IOException {
		Path exact = shp.resolveSibling(baseName + "." + extension);
		if (Files.isRegularFile(exact)) {
			return Optional.of(exact);
		}
		Path directory = shp.toAbsolutePath().getParent();
		String wanted = (baseName + "." + extension).toLowerCase(Locale.ROOT);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).equals(wanted)
						&& Files.isRegularFile(file)) {
					return Optional.of(file);
				}
			}
		}
		return Optional.empty();
	}
}
