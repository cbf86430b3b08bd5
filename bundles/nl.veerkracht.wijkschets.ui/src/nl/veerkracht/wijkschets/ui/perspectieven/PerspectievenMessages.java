package nl.veerkracht.wijkschets.ui.perspectieven;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.model.Kostenklasse;

/**
 * The texts of the Handelingsperspectieven page: Dutch in {@code messages_nl.properties}, English as the fallback
 * in {@code messages.properties}.
 */
public final class PerspectievenMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.perspectieven.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Page_title;
	/** Text. */
	public static String Matrix_title;
	/** Text. */
	public static String Matrix_description;
	/** Text. */
	public static String Details_title;
	/** Text. */
	public static String Details_description;
	/** Text. */
	public static String Chooser_label;
	/** Text. */
	public static String Chooser_item;
	/** Text. */
	public static String Chooser_refined;
	/** Text. */
	public static String Summary_mix;
	/** Text. */
	public static String Summary_empty;
	/** Text. */
	public static String Summary_part;
	/** Text. */
	public static String Summary_refined;
	/** Text. */
	public static String Summary_oneBuurt;
	/** Text. */
	public static String Summary_buurten;
	/** Text. */
	public static String Measures_title;
	/** Text. */
	public static String Measures_add;
	/** Text. */
	public static String Measures_remove;
	/** Text. */
	public static String Measures_up;
	/** Text. */
	public static String Measures_down;
	/** Text. */
	public static String Measures_description;
	/** Text. */
	public static String Measures_owner;
	/** Text. */
	public static String Measures_costClass;
	/** Text. */
	public static String Measures_startYear;
	/** Text. */
	public static String Measures_endYear;
	/** Text. */
	public static String Measures_badYear;
	/** Text. */
	public static String Cost_onbekend;
	/** Text. */
	public static String Cost_laag;
	/** Text. */
	public static String Cost_midden;
	/** Text. */
	public static String Cost_hoog;
	/** Text. */
	public static String Refinements_title;
	/** Text. */
	public static String Refinements_add;
	/** Text. */
	public static String Refinements_remove;
	/** Text. */
	public static String Refinements_buurt;
	/** Text. */
	public static String Refinements_intensity;
	/** Text. */
	public static String Refinements_note;
	/** Text. */
	public static String Refinements_noBuurt;
	/** Text. */
	public static String Refinements_outside;
	/** Text. */
	public static String Refinements_new;
	/** Text. */
	public static String Refinements_allRefined;
	/** Text. */
	public static String Buurt_unnamed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PerspectievenMessages.class);
	}

	private PerspectievenMessages() {
	}

	/**
	 * @param costClass a cost class
	 * @return its name for the user
	 */
	public static String costClass(Kostenklasse costClass) {
		return switch (costClass) {
		case ONBEKEND -> Cost_onbekend;
		case LAAG -> Cost_laag;
		case MIDDEN -> Cost_midden;
		case HOOG -> Cost_hoog;
		};
	}
}
