package nl.veerkracht.scoring.ui.analyse;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of keeping and opening a signaleringskaart in an analysis: Dutch in
 * {@code messages_nl.properties}, English as the fallback in {@code messages.properties}. Public only because
 * NLS fills public fields; not API.
 */
public final class AnalyseMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.analyse.messages"; //$NON-NLS-1$

	public static String Save_title;
	public static String Save_noSignalMap;
	public static String Save_noAnalyse;
	public static String Save_chooseAnalyse;
	public static String Save_unreadable;
	public static String Save_replace;
	public static String Save_saved;
	public static String Open_action;
	public static String Open_job;
	public static String Open_failedTitle;
	public static String Open_failed;
	public static String Open_notesTitle;
	public static String Open_notes;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AnalyseMessages.class);
	}

	private AnalyseMessages() {
	}
}
