package nl.veerkracht.stad.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the Stadsbalans view (Dutch with English fallback). */
public final class StadsbalansMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.stad.ui.messages"; //$NON-NLS-1$

	/** Text. */
	public static String View_analyse;
	/** Text. */
	public static String View_noAnalyse;
	/** Text. */
	public static String View_cannotOpen;
	/** Text. */
	public static String View_notCalculated;
	/** Text. */
	public static String View_calculating;
	/** Text. */
	public static String View_undo;
	/** Text. */
	public static String View_redo;

	static {
		NLS.initializeMessages(BUNDLE_NAME, StadsbalansMessages.class);
	}

	private StadsbalansMessages() {
	}
}
