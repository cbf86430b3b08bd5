package nl.veerkracht.wijkschets.ui.overzicht;

import org.eclipse.osgi.util.NLS;

/** Texts of the Overzicht page (Dutch with English fallback). */
public final class OverzichtMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.overzicht.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Page_title;
	/** Text. */
	public static String Page_name;
	/** Text. */
	public static String Page_complete;
	/** Text. */
	public static String Page_completeTip;
	/** Text. */
	public static String Section_photo;
	/** Text. */
	public static String Section_photoDescription;
	/** Text. */
	public static String Section_map;
	/** Text. */
	public static String Section_mapDescription;
	/** Text. */
	public static String Section_bevolking;
	/** Text. */
	public static String Section_bevolkingDescription;
	/** Text. */
	public static String Section_status;
	/** Text. */
	public static String Section_statusDescription;
	/** Text. */
	public static String Section_projects;
	/** Text. */
	public static String Section_projectsDescription;
	/** Text. */
	public static String Photo_choose;
	/** Text. */
	public static String Photo_remove;
	/** Text. */
	public static String Photo_dialogTitle;
	/** Text. */
	public static String Photo_filterImages;
	/** Text. */
	public static String Photo_filterAll;
	/** Text. */
	public static String Photo_none;
	/** Text. */
	public static String Photo_missing;
	/** Text. */
	public static String Photo_unreadable;
	/** Text. */
	public static String Status_notRated;
	/** Text. */
	public static String Status_notePrompt;
	/** Text. */
	public static String Status_rateFirst;
	/** Text. */
	public static String Projects_name;
	/** Text. */
	public static String Projects_owner;
	/** Text. */
	public static String Projects_status;
	/** Text. */
	public static String Projects_start;
	/** Text. */
	public static String Projects_end;
	/** Text. */
	public static String Projects_add;
	/** Text. */
	public static String Projects_remove;
	/** Text. */
	public static String Projects_up;
	/** Text. */
	public static String Projects_down;
	/** Text. */
	public static String Projects_newName;
	/** Text. */
	public static String Projects_badYear;

	static {
		NLS.initializeMessages(BUNDLE_NAME, OverzichtMessages.class);
	}

	private OverzichtMessages() {
	}
}
