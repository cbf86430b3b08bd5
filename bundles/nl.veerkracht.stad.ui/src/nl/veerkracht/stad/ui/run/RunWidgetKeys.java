package nl.veerkracht.stad.ui.run;

/**
 * The widget keys ({@code org.eclipse.swtbot.widget.key}) of the run part of the Stadsbalans view that
 * {@link nl.veerkracht.stad.ui.StadsbalansWidgetKeys} does not list.
 */
public final class RunWidgetKeys {

	private static final String PREFIX = "stadsbalans.run."; //$NON-NLS-1$

	/** The message above the run button: which signal map the run uses, or that none is open. */
	public static final String SIGNAL_MAP = PREFIX + "signalMap"; //$NON-NLS-1$
	/** Button: open the analysis's kept signal map, or make one. */
	public static final String OPEN_SIGNAL_MAP = PREFIX + "openSignalMap"; //$NON-NLS-1$
	/** The line naming the buurten the run left out (details in its tooltip). */
	public static final String SKIPPED = PREFIX + "skipped"; //$NON-NLS-1$
	/** The line naming the buurten whose figures were estimated (details in its tooltip). */
	public static final String ESTIMATED = PREFIX + "estimated"; //$NON-NLS-1$

	/** Button: the model parameters of the analysis (intensity table and more). */
	public static final String PARAMETERS = "stadsbalans.parameters";

	/** Button: write the stadsbrede notitie of the comparison on screen. */
	public static final String NOTITIE = "stadsbalans.notitie";
	/** Where the notitie was written. */
	public static final String NOTITIE_REPORT = "stadsbalans.notitieReport";

	private RunWidgetKeys() {
	}
}
