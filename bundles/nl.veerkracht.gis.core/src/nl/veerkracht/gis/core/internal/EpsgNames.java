package nl.veerkracht.gis.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.locationtech.proj4j.CRSFactory;

/**
 * Looks up the human-readable names of EPSG codes in the EPSG database shipped with proj4j
 * (proj4j-epsg), whose {@code proj4/nad/epsg} file precedes every definition with a {@code # name}
 * comment line.
 */
public final class EpsgNames {

	private static final String DATABASE = "/proj4/nad/epsg";

	private EpsgNames() {
	}

	/**
	 * Returns the name of an EPSG code.
	 *
	 * @param epsgCode the code, for example 2154
	 * @return the name, for example {@code "RGF93 / Lambert-93"}, or empty if the database has no entry
	 */
	public static Optional<String> lookup(int epsgCode) {
		InputStream stream = CRSFactory.class.getResourceAsStream(DATABASE);
		if (stream == null) {
			return Optional.empty();
		}
		String definitionStart = "<" + epsgCode + ">";
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String previous = "";
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith(definitionStart)) {
					return previous.startsWith("#") ? Optional.of(previous.substring(1).trim()) : Optional.empty();
				}
				previous = line;
			}
			return Optional.empty();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the proj4j EPSG database", e);
		}
	}
}
