package nl.veerkracht.scoring.ui.quickscan;

/**
 * The stable ids (key {@code org.eclipse.swtbot.widget.key}) of the QuickScan export's controls.
 */
public final class QuickScanWidgetKeys {

	/** The text describing the signal map that will be reported. */
	public static final String SIGNAL_MAP = "veerkracht.quickscan.signalMap";
	/** The output folder field. */
	public static final String FOLDER = "veerkracht.quickscan.folder";
	/** The button that opens a folder chooser. */
	public static final String BROWSE = "veerkracht.quickscan.browse";

	private QuickScanWidgetKeys() {
	}
}
