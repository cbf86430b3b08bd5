package nl.veerkracht.wijkschets.ui.presentatie;

/** Stable ids of the presentation mode's controls under the key {@code org.eclipse.swtbot.widget.key}. */
public final class PresentationKeys {

	/** The full-screen window. */
	public static final String SHELL = "wijkschets.presentatie.shell"; //$NON-NLS-1$
	/** The title with the wijk's name. */
	public static final String TITLE = "wijkschets.presentatie.title"; //$NON-NLS-1$
	/** The hint how to leave. */
	public static final String HINT = "wijkschets.presentatie.hint"; //$NON-NLS-1$
	/** The 2×2 of handelingsperspectieven. */
	public static final String MATRIX = "wijkschets.presentatie.matrix"; //$NON-NLS-1$
	/** The map of the wijk. */
	public static final String MAP = "wijkschets.presentatie.map"; //$NON-NLS-1$

	private PresentationKeys() {
	}
}
