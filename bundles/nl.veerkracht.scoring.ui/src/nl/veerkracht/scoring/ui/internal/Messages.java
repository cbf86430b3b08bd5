package nl.veerkracht.scoring.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the signal-map session: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}. Views and dialogs keep their texts in their own packages.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.internal.messages"; //$NON-NLS-1$

	public static String SignalMap_klasseLayer;
	public static String SignalMap_trendLayer;
	public static String SignalMap_hotSpotLayer;
	public static String SignalMap_earlyWarningLayer;
	public static String SignalMap_rescoreJob;
	public static String SignalMap_rescoreTask;
	public static String SignalMap_rescoreFailed;
	public static String SignalMapLoading_yearMissing;
	public static String SignalMapLoading_unknownWeight;
	public static String SignalMapLoading_noLayer;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
