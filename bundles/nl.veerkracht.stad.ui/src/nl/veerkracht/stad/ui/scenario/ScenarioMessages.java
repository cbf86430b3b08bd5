package nl.veerkracht.stad.ui.scenario;

import org.eclipse.osgi.util.NLS;

/** Texts of the scenario side of the Stadsbalans view (Dutch with English fallback). */
public final class ScenarioMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.stad.ui.scenario.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Area_buurt;
	/** Text. */
	public static String Area_wijk;
	/** Text. */
	public static String Dialog_message;
	/** Text. */
	public static String Dialog_name;
	/** Text. */
	public static String Dialog_noArea;
	/** Text. */
	public static String Dialog_noneChosen;
	/** Text. */
	public static String Dialog_shellTitle;
	/** Text. */
	public static String Dialog_title;
	/** Text. */
	public static String Dialog_wijkschetsen;
	/** Text. */
	public static String Mix_add;
	/** Text. */
	public static String Mix_area;
	/** Text. */
	public static String Mix_remove;
	/** Text. */
	public static String Mix_title;
	/** Text. */
	public static String Scenarios_baseline;
	/** Text. */
	public static String Scenarios_copyName;
	/** Text. */
	public static String Scenarios_delete;
	/** Text. */
	public static String Scenarios_duplicate;
	/** Text. */
	public static String Scenarios_duplicateTitle;
	/** Text. */
	public static String Scenarios_fromWijkschetsen;
	/** Text. */
	public static String Scenarios_fromWijkschetsenName;
	/** Text. */
	public static String Scenarios_fromWijkschetsenTooltip;
	/** Text. */
	public static String Scenarios_nameBaseline;
	/** Text. */
	public static String Scenarios_nameEmpty;
	/** Text. */
	public static String Scenarios_nameLabel;
	/** Text. */
	public static String Scenarios_new;
	/** Text. */
	public static String Scenarios_newName;
	/** Text. */
	public static String Scenarios_newTitle;
	/** Text. */
	public static String Scenarios_noWijkschetsen;
	/** Text. */
	public static String Scenarios_rename;
	/** Text. */
	public static String Scenarios_renameTitle;
	/** Text. */
	public static String Scenarios_title;
	/** Text. */
	public static String Scenarios_tooltip;
	/** Text. */
	public static String Scenarios_unnamed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ScenarioMessages.class);
	}

	private ScenarioMessages() {
	}
}
