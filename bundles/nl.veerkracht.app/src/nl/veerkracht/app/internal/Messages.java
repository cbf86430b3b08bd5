package nl.veerkracht.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the application: Dutch in {@code messages_nl.properties},
 * English as the fallback in {@code messages.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.app.internal.messages"; //$NON-NLS-1$

	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_openPerspective;
	public static String Menu_help;
	public static String Demo_jobName;
	public static String Demo_gemeente;
	public static String Demo_wijken;
	public static String Demo_buurten;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
