package nl.veerkracht.wijkschets.ui.editor;

import org.eclipse.osgi.util.NLS;

/** Texts of the wijkschets editor's frame (Dutch with English fallback). */
public final class EditorMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.editor.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Editor_wrongInput;
	/** Text. */
	public static String Editor_cannotLoad;
	/** Text. */
	public static String Editor_noWijkschets;
	/** Text. */
	public static String Editor_unnamed;
	/** Text. */
	public static String Editor_saveFailedTitle;
	/** Text. */
	public static String Editor_saveAsTitle;
	/** Text. */
	public static String Editor_openFailedTitle;
	/** Text. */
	public static String Action_undo;
	/** Text. */
	public static String Action_redo;
	/** Text. */
	public static String Action_open;
	/** Text. */
	public static String Header_title;
	/** Text. */
	public static String Header_problems;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EditorMessages.class);
	}

	private EditorMessages() {
	}
}
