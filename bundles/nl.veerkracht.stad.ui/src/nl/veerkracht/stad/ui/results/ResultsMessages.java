package nl.veerkracht.stad.ui.results;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the Stadsbalans result side: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
final class ResultsMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.stad.ui.results.messages"; //$NON-NLS-1$

	public static String Panel_noResult;
	public static String Panel_year;
	public static String Panel_yearTip;
	public static String Table_figure;
	public static String Table_note;
	public static String Table_classesByShare;
	public static String Table_classesByKwetsbaarheid;
	public static String Table_band;
	public static String Table_difference;
	public static String Table_differenceTip;
	public static String Table_buurten;
	public static String Table_largest;
	public static String Table_dissimilarity;
	public static String Table_unplaced;
	public static String Table_waterbed;
	public static String Table_largestValue;
	public static String Table_percentPoint;
	public static String Chart_figure;
	public static String Chart_year;
	public static String Chart_count;
	public static String Chart_share;
	public static String Chart_index;
	public static String Chart_households;
	public static String Chart_effects;
	public static String Chart_band;
	public static String Chart_tip;
	public static String Chart_tipLine;
	public static String Waterbed_title;
	public static String Waterbed_scenario;
	public static String Waterbed_year;
	public static String Waterbed_buurt;
	public static String Waterbed_klasse;
	public static String Waterbed_causes;
	public static String Waterbed_households;
	public static String Waterbed_klasseChange;
	public static String Waterbed_cause;
	public static String Waterbed_none;
	public static String Maps_legendWaterbed;
	public static String Maps_legendSelected;
	public static String Maps_tip;
	public static String Maps_tipNoData;
	public static String Maps_title;
	public static String Trajectory_title;
	public static String Trajectory_choose;
	public static String Trajectory_header;
	public static String Trajectory_axis;
	public static String Trajectory_axisScore;
	public static String Trajectory_axisProblems;
	public static String Trajectory_measureShare;
	public static String Trajectory_measureScore;
	public static String Trajectory_measureProblems;
	public static String Trajectory_tipLine;
	public static String Tab_city;
	public static String Tab_buurt;
	public static String Waterbed_detail;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ResultsMessages.class);
	}

	private ResultsMessages() {
	}
}
