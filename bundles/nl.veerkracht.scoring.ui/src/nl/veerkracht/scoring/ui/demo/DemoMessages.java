package nl.veerkracht.scoring.ui.demo;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the demo signal map: Dutch in {@code messages_nl.properties}, English as the fallback in
 * {@code messages.properties}. Public only because NLS fills public fields; not API.
 */
public final class DemoMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.demo.messages"; //$NON-NLS-1$

	public static String Demo_job;
	public static String Demo_failedTitle;
	public static String Demo_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DemoMessages.class);
	}

	private DemoMessages() {
	}
}
