package nl.veerkracht.gis.core.io;

import java.util.Objects;

/**
 * Something a reader noticed and worked around, which the user should know about, for example
 * {@code "wijken.shp: no .prj; the coordinates lie in the Dutch RD grid, so Amersfoort / RD New (EPSG:28992)
 * is assumed"}.
 *
 * @param fileName the name of the file concerned, e.g. {@code wijken.shp}
 * @param message  what was noticed and what the reader did about it, without the file name
 */
public record ReadWarning(String fileName, String message) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public ReadWarning {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return fileName + ": " + message;
	}
}
