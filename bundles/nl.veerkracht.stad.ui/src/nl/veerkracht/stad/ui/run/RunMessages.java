package nl.veerkracht.stad.ui.run;

import org.eclipse.osgi.util.NLS;

/** Texts of the run part of the Stadsbalans view (Dutch with English fallback). */
public final class RunMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.stad.ui.run.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Job_cancelled;
	/** Text. */
	public static String Job_failed;
	/** Text. */
	public static String Job_name;
	/** Text. */
	public static String Job_reading;
	/** Text. */
	public static String Run_allGemeenten;
	/** Text. */
	public static String Run_button;
	public static String Run_parameters;
	public static String Run_notitie;
	public static String Run_notitieTooltip;
	public static String Run_parametersTooltip;
	/** Text. */
	public static String Run_buttonTooltip;
	/** Text. */
	public static String Run_estimated;
	/** Text. */
	public static String Run_estimatedLine;
	/** Text. */
	public static String Run_horizon;
	/** Text. */
	public static String Run_horizonTooltip;
	/** Text. */
	public static String Run_make;
	/** Text. */
	public static String Run_more;
	/** Text. */
	public static String Run_noSignalMap;
	/** Text. */
	public static String Run_openKept;
	/** Text. */
	public static String Run_running;
	/** Text. */
	public static String Run_signalMap;
	/** Text. */
	public static String Run_skipped;
	/** Text. */
	public static String Run_skippedLine;
	/** Text. */
	public static String Run_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, RunMessages.class);
	}

	private RunMessages() {
	}
}
