package nl.veerkracht.wijkschets.ui.poster;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of the poster: the PDF (all pages, searchable text) or a PNG of the front page. */
public enum PosterFormat {

	/** PDF, A3 landscape, continuation pages when texts do not fit. */
	PDF("pdf"), //$NON-NLS-1$

	/** PNG of the front page at a chosen resolution. */
	PNG("png"); //$NON-NLS-1$

	private final String extension;

	PosterFormat(String extension) {
		this.extension = extension;
	}

	/** @return the file extension without the dot, lower case */
	public String extension() {
		return extension;
	}

	/**
	 * @param file a file
	 * @return the format its extension names, if any (case-insensitive)
	 */
	public static Optional<PosterFormat> of(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		for (PosterFormat format : values()) {
			if (name.endsWith("." + format.extension)) { //$NON-NLS-1$
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/**
	 * @param file a file name as typed
	 * @return the name with this format's extension instead of a known poster extension (or added to it)
	 */
	public String withExtension(String file) {
		String base = file;
		for (PosterFormat format : values()) {
			if (base.toLowerCase(Locale.ROOT).endsWith("." + format.extension)) { //$NON-NLS-1$
				base = base.substring(0, base.length() - format.extension.length() - 1);
				break;
			}
		}
		return base + "." + extension; //$NON-NLS-1$
	}
}
