package nl.veerkracht.gis.ui.export;

import nl.veerkracht.gis.export.MapExportFormat;
import nl.veerkracht.gis.ui.internal.Messages;

/** How the export wizard names the file formats. */
final class FormatChoice {

	private FormatChoice() {
	}

	/** @return the formats in the order the wizard offers them */
	static MapExportFormat[] all() {
		return MapExportFormat.values();
	}

	/** @return the text shown in the wizard's format list */
	static String label(MapExportFormat format) {
		return switch (format) {
		case PNG -> Messages.ExportMap_formatPng;
		case SVG -> Messages.ExportMap_formatSvg;
		case PDF -> Messages.ExportMap_formatPdf;
		};
	}

	/** @return the file dialog's filter name, e.g. "PNG-afbeelding (*.png)" */
	static String filterName(MapExportFormat format) {
		return label(format) + " (*." + format.extension() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
