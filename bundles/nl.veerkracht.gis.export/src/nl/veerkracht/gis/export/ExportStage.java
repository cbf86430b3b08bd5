package nl.veerkracht.gis.export;

/** The steps of an export, in order, as reported to an {@link ExportMonitor}. */
public enum ExportStage {

	/** Drawing the map's layers and labels. */
	MAP,

	/** Drawing title, legend, scale bar, north arrow and attribution. */
	DECORATIONS,

	/** Encoding and writing the file. */
	WRITING
}
