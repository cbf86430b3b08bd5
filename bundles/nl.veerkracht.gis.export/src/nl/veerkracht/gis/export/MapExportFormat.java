package nl.veerkracht.gis.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a map can be exported to. */
public enum MapExportFormat {

	/** A raster image at a chosen resolution, which is recorded in the file. */
	PNG("png"),

	/** Scalable Vector Graphics: shapes stay shapes, texts stay text. */
	SVG("svg"),

	/** A one-page PDF with vector shapes and searchable texts. */
	PDF("pdf");

	private final String extension;

	MapExportFormat(String extension) {
		this.extension = extension;
	}

	/**
	 * Returns the usual file name extension.
	 *
	 * @return the extension without a dot, in lower case
	 */
	public String extension() {
		return extension;
	}

	/**
	 * Finds the format a file name asks for by its extension, ignoring case.
	 *
	 * @param file the file
	 * @return the format, or empty if the extension is none of these
	 */
	public static Optional<MapExportFormat> forFile(Path file) {
		Path name = file.getFileName();
		if (name == null) {
			return Optional.empty();
		}
		String lower = name.toString().toLowerCase(Locale.ROOT);
		for (MapExportFormat format : values()) {
			if (lower.endsWith("." + format.extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
