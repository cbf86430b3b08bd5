package nl.veerkracht.wijkschets.ui.buurten;

/**
 * The stable ids (key {@code org.eclipse.swtbot.widget.key}) of the Buurten page's controls.
 */
public final class BuurtenWidgetKeys {

	/** The table of buurten. */
	public static final String TABLE = "wijkschets.buurten.table"; //$NON-NLS-1$
	/** The message shown instead of the table when no fitting signal map is open. */
	public static final String MESSAGE = "wijkschets.buurten.message"; //$NON-NLS-1$
	/** The button that opens the signal map kept in the analysis. */
	public static final String OPEN_SIGNAL_MAP = "wijkschets.buurten.openSignalMap"; //$NON-NLS-1$
	/** The gemeente reference line under the table. */
	public static final String REFERENCE = "wijkschets.buurten.reference"; //$NON-NLS-1$

	private BuurtenWidgetKeys() {
	}
}
