package nl.veerkracht.stad.ui.notitie;

import org.eclipse.osgi.util.NLS;

/** Texts of writing the stadsbrede notitie from the Stadsbalans. */
public final class NotitieMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.stad.ui.notitie.messages"; //$NON-NLS-1$

	public static String Job_name;
	public static String Job_writing;
	public static String Written;
	public static String Failed;
	public static String Folder;
	/** Written, with what the user should know: {0} the folder, {1} the warnings. */
	public static String WrittenWithWarnings;

	static {
		NLS.initializeMessages(BUNDLE_NAME, NotitieMessages.class);
	}

	private NotitieMessages() {
	}
}
