package nl.veerkracht.gis.ui.layerexport;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the layer export: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
final class LayerExportMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.gis.ui.layerexport.messages"; //$NON-NLS-1$

	public static String LayerExport_title;
	public static String LayerExport_filterGeoPackage;
	public static String LayerExport_filterAll;
	public static String LayerExport_jobName;
	public static String LayerExport_done;
	public static String LayerExport_errorTitle;
	public static String LayerExport_errorMessage;
	public static String LayerExport_noLayer;
	public static String LayerExport_styleDescription;

	static {
		NLS.initializeMessages(BUNDLE_NAME, LayerExportMessages.class);
	}

	private LayerExportMessages() {
	}
}
