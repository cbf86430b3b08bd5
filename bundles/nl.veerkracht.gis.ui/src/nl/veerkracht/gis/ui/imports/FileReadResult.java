package nl.veerkracht.gis.ui.imports;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * What reading one file for the import wizard gave: its layers, ready for the map, or the reason it
 * could not be read.
 *
 * @param file   the file
 * @param format the name of the format that read it, or {@code null} when none does
 * @param layers the layers, empty when reading failed
 * @param error    why it could not be read, in the user's language, or {@code null}
 * @param warnings what the format noticed and worked around, e.g. an assumed CRS
 */
public record FileReadResult(Path file, String format, List<VectorLayer> layers, String error, List<ReadWarning> warnings) {

	/** @return whether the file was read */
	public boolean isRead() {
		return error == null;
	}
}
