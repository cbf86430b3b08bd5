package nl.veerkracht.wijkschets.ui.analyse;

import org.eclipse.osgi.util.NLS;

/** Texts of the Analyse page and the workshop text field (Dutch with English fallback). */
public final class AnalyseMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.analyse.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Page_title;
	/** Text. */
	public static String Probleem_title;
	/** Text. */
	public static String Probleem_description;
	/** Text. */
	public static String Succes_title;
	/** Text. */
	public static String Succes_description;
	/** Text. */
	public static String Dilemma_title;
	/** Text. */
	public static String Dilemma_description;
	/** Text. */
	public static String Dilemma_add;
	/** Text. */
	public static String Dilemma_remove;
	/** Text. */
	public static String Dilemma_titleLabel;
	/** Text. */
	public static String Dilemma_descriptionLabel;
	/** Text. */
	public static String Dilemma_untitled;
	/** Text. */
	public static String Dilemma_empty;
	/** Text. */
	public static String Text_bullets;
	/** Text. */
	public static String Text_bulletsTooltip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AnalyseMessages.class);
	}

	private AnalyseMessages() {
	}
}
