package nl.veerkracht.model.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the analysis user interface: Dutch in {@code messages_nl.properties},
 * English as the fallback in {@code messages.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.model.ui.internal.messages"; //$NON-NLS-1$

	public static String NewAnalyse_title;
	public static String NewAnalyse_pageTitle;
	public static String NewAnalyse_pageDescription;
	public static String NewAnalyse_project;
	public static String NewAnalyse_gemeenteCode;
	public static String NewAnalyse_gemeenteName;
	public static String NewAnalyse_year;
	public static String NewAnalyse_cbsFile;
	public static String NewAnalyse_cbsFileHint;
	public static String NewAnalyse_projectMissing;
	public static String NewAnalyse_projectExists;
	public static String NewAnalyse_badCode;
	public static String NewAnalyse_nameMissing;
	public static String NewAnalyse_fileMissing;
	public static String NewAnalyse_failed;
	public static String NewAnalyse_analyseName;
	public static String Analyse_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
