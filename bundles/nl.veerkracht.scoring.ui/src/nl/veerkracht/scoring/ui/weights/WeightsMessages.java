package nl.veerkracht.scoring.ui.weights;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the Gewichten view: Dutch in {@code messages_nl.properties}, English as the fallback in
 * {@code messages.properties}.
 */
final class WeightsMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.weights.messages"; //$NON-NLS-1$

	public static String View_emptyTitle;
	public static String View_emptyText;
	public static String View_open;
	public static String Editor_year;
	public static String Editor_resetAll;
	public static String Editor_resetAllTip;
	public static String Editor_busy;
	public static String Editor_status;
	public static String Editor_count;
	public static String Group_kwetsbaarheid;
	public static String Group_dragers;
	public static String Group_vragers;
	public static String Group_context;
	public static String Group_share;
	public static String Row_meta;
	public static String Row_contextMeta;
	public static String Row_higherIsMoreVulnerable;
	public static String Row_higherIsMoreResilient;
	public static String Row_sliderTip;
	public static String Row_shareTip;
	public static String Row_resetTip;
	public static String Notice_kwetsbaarheid;
	public static String Notice_dragers;
	public static String Notice_vragers;

	static {
		NLS.initializeMessages(BUNDLE_NAME, WeightsMessages.class);
	}

	private WeightsMessages() {
	}
}
