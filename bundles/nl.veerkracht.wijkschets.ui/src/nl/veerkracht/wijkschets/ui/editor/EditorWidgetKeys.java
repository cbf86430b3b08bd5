package nl.veerkracht.wijkschets.ui.editor;

/**
 * Stable ids of the wijkschets editor's own controls under the key {@code org.eclipse.swtbot.widget.key},
 * for tests and users' SWTBot suites. Each page names its own controls in its own keys class.
 */
public final class EditorWidgetKeys {

	/** The editor's id in {@code plugin.xml}. */
	public static final String EDITOR_ID = "nl.veerkracht.wijkschets.ui.editor"; //$NON-NLS-1$

	/** The tab folder with the pages. */
	public static final String PAGES = "wijkschets.editor.pages"; //$NON-NLS-1$

	private EditorWidgetKeys() {
	}
}
