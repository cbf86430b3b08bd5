package nl.veerkracht.gis.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.gis.export.internal.PageWriter;
import nl.veerkracht.gis.export.internal.PdfPageWriter;
import nl.veerkracht.gis.export.internal.PngPageWriter;
import nl.veerkracht.gis.export.internal.SvgPageWriter;

/**
 * Exports a map to a PNG, SVG or PDF file, headless (no display needed) and safely: the file is written
 * under a temporary name beside the target and moved into place only when complete, so a failed or
 * cancelled export never leaves a half file and never damages an existing one.
 * <p>
 * Example:
 *
 * <pre>
 * MapExportSettings settings = MapExportSettings.of(map, map.getEnvelope(), PageSize.A4_LANDSCAPE)
 * 		.withTitle("Huishoudens met een laag inkomen, 2017");
 * MapExport.export(settings, MapExportFormat.PDF, Path.of("kaart.pdf"), ExportMonitor.NONE);
 * </pre>
 */
public final class MapExport {

	private MapExport() {
	}

	/**
	 * Draws and writes the map.
	 *
	 * @param settings what to export
	 * @param format the file format
	 * @param file the file to write; an existing file is replaced
	 * @param monitor told of the stages and polled for cancellation
	 * @return where title, map, legend and the other parts were put on the page
	 * @throws DataSourceException naming the file when its folder does not exist or it cannot be written
	 * @throws CancellationException when the monitor cancelled; the file is then as it was
	 */
	public static MapLayout export(MapExportSettings settings, MapExportFormat format, Path file, ExportMonitor monitor)
			throws DataSourceException {
		PageWriter writer = switch (format) {
		case PNG -> new PngPageWriter();
		case SVG -> new SvgPageWriter();
		case PDF -> new PdfPageWriter();
		};
		AtomicReference<MapLayout> layout = new AtomicReference<>();
		SafeFileWrite.write(file, ".tmp." + format.extension(), List.of(), temporary -> {
			try {
				layout.set(writer.write(settings, monitor, temporary));
			} catch (CancellationException e) {
				throw e;
			} catch (RuntimeException e) {
				throw new IOException("the map cannot be drawn as " + format + " (" + e + ")", e);
			}
			if (layout.get() == null) {
				throw new CancellationException("Export to " + file + " cancelled");
			}
		});
		return layout.get();
	}
}
