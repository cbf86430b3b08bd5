package nl.veerkracht.gis.export.internal;

import java.io.IOException;
import java.nio.file.Path;

import nl.veerkracht.gis.export.ExportMonitor;
import nl.veerkracht.gis.export.MapExportSettings;
import nl.veerkracht.gis.export.MapLayout;

/** Draws an export page in one file format and writes it to a file. */
public interface PageWriter {

	/**
	 * Draws and writes the page.
	 *
	 * @param settings what to export
	 * @param monitor told of the stages and polled while drawing
	 * @param file the file to create; it does not exist yet
	 * @return the layout of the page, or {@code null} if the monitor cancelled, in which case the file may be
	 *         incomplete
	 * @throws IOException when the file cannot be written
	 */
	MapLayout write(MapExportSettings settings, ExportMonitor monitor, Path file) throws IOException;
}
