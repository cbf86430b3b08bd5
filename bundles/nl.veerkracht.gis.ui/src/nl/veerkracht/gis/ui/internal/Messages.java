package nl.veerkracht.gis.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the GIS user interface: Dutch in {@code messages_nl.properties},
 * English as the fallback in {@code messages.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.gis.ui.internal.messages"; //$NON-NLS-1$

	public static String OpenLayer_dialogTitle;
	public static String OpenLayer_filterSupported;
	public static String OpenLayer_filterAll;
	public static String OpenLayer_jobName;
	public static String OpenLayer_errorTitle;
	public static String OpenLayer_errorMessage;
	public static String OpenLayer_unsupportedFormat;
	public static String OpenLayer_position;
	public static String OpenLayer_fault;
	public static String OpenLayer_noMapView;
	public static String MapView_renderJob;
	public static String MapView_empty;
	public static String StatusLine_position;
	public static String StatusLine_scale;
	public static String LayersView_columnLayer;
	public static String LayersView_columnFeatures;
	public static String LayersView_columnCrs;
	public static String LayersView_noMap;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
