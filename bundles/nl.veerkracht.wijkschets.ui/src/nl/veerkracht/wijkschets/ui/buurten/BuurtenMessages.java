package nl.veerkracht.wijkschets.ui.buurten;

import org.eclipse.osgi.util.NLS;

/** Texts of the Buurten page (Dutch with English fallback). */
public final class BuurtenMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.buurten.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Page_title;
	/** Text. */
	public static String Section_title;
	/** Text. */
	public static String Section_description;
	/** Text. */
	public static String Section_descriptionNoMap;
	/** Text. */
	public static String Column_name;
	/** Text. */
	public static String Column_code;
	/** Text. */
	public static String Column_klasse;
	/** Text. */
	public static String Column_score;
	/** Text. */
	public static String Column_coverage;
	/** Text. */
	public static String Column_trend;
	/** Text. */
	public static String Column_warning;
	/** Text. */
	public static String Warning_yes;
	/** Text. */
	public static String Warning_no;
	/** Text. */
	public static String NoData;
	/** Text. */
	public static String Message_noMap;
	/** Text. */
	public static String Message_otherGemeente;
	/** Text. */
	public static String Message_noMapKept;
	/** Text. */
	public static String Message_otherGemeenteKept;
	/** Text. */
	public static String Message_noBuurten;
	/** Text. */
	public static String Message_allGemeenten;
	/** Text. */
	public static String Open_button;
	/** Text. */
	public static String Reference_line;
	/** Text. */
	public static String Year;

	static {
		NLS.initializeMessages(BUNDLE_NAME, BuurtenMessages.class);
	}

	private BuurtenMessages() {
	}
}
