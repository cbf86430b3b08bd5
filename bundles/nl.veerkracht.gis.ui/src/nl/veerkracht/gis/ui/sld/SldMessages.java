package nl.veerkracht.gis.ui.sld;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the style commands: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
final class SldMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.gis.ui.sld.messages"; //$NON-NLS-1$

	public static String Sld_exportTitle;
	public static String Sld_importTitle;
	public static String Sld_filterSld;
	public static String Sld_filterAll;
	public static String Sld_exported;
	public static String Sld_imported;
	public static String Sld_saved;
	public static String Sld_errorTitle;
	public static String Sld_readError;
	public static String Sld_writeError;
	public static String Sld_noStyleForLayer;
	public static String Sld_doesNotFit;
	public static String Sld_warningsTitle;
	public static String Sld_warnings;
	public static String Sld_noLayer;
	public static String Sld_noFileTitle;
	public static String Sld_noFile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SldMessages.class);
	}

	private SldMessages() {
	}
}
