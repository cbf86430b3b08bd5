package nl.veerkracht.wijkschets.ui.presentatie;

import org.eclipse.osgi.util.NLS;

/** Texts of the presentation mode (Dutch with English fallback). */
public final class PresentationMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.presentatie.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Title;
	/** Text. */
	public static String Hint;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PresentationMessages.class);
	}

	private PresentationMessages() {
	}
}
