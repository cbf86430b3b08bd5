package nl.veerkracht.model.ui.maps;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of keeping maps in analyses: Dutch in {@code messages_nl.properties}, English as
 * the fallback in {@code messages.properties}.
 */
final class MapMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.model.ui.maps.messages"; //$NON-NLS-1$

	public static String SaveMap_title;
	public static String SaveMap_noLayers;
	public static String SaveMap_nameMessage;
	public static String SaveMap_nameMissing;
	public static String SaveMap_replace;
	public static String SaveMap_saved;
	public static String SaveMap_skipped;
	public static String SaveMap_noAnalyse;
	public static String SaveMap_chooseAnalyse;
	public static String SaveMap_unreadable;
	public static String SaveMap_defaultName;
	public static String OpenMap_action;
	public static String OpenMap_job;
	public static String OpenMap_problemsTitle;
	public static String OpenMap_problems;
	public static String OpenMap_noLayers;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MapMessages.class);
	}

	private MapMessages() {
	}
}
