package nl.veerkracht.wijkschets.ui.create;

import org.eclipse.osgi.util.NLS;

/** Texts of making or opening a wijkschets from the map (Dutch with English fallback). */
public final class CreateMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.create.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Title;
	/** Text. */
	public static String NoWijk;
	/** Text. */
	public static String NoAnalyseYet;
	/** Text. */
	public static String ChooseAnalyse;
	/** Text. */
	public static String CreateAnalyse;
	/** Text. */
	public static String Command_create;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CreateMessages.class);
	}

	private CreateMessages() {
	}
}
