package nl.veerkracht.wijkschets.ui.map;

/**
 * Stable ids of the controls of the {@link WijkMap} under the key {@code org.eclipse.swtbot.widget.key}, for
 * tests and users' SWTBot suites.
 */
public final class MapWidgetKeys {

	/** The whole map composite. */
	public static final String WIJK_MAP = "wijkschets.map"; //$NON-NLS-1$

	/** The canvas of the main map. */
	public static final String MAIN_CANVAS = "wijkschets.map.canvas"; //$NON-NLS-1$

	/** The inset with the whole signal map and the legend. */
	public static final String INSET = "wijkschets.map.inset"; //$NON-NLS-1$

	/** The message shown instead of the map. */
	public static final String MESSAGE = "wijkschets.map.message"; //$NON-NLS-1$

	/** The button under the message (open or make a signal map). */
	public static final String ACTION = "wijkschets.map.action"; //$NON-NLS-1$

	private MapWidgetKeys() {
	}
}
