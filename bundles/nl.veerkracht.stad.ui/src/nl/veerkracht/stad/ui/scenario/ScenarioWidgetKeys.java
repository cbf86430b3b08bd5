package nl.veerkracht.stad.ui.scenario;

/**
 * The widget keys ({@code org.eclipse.swtbot.widget.key}) of the scenario side of the Stadsbalans view that
 * {@link nl.veerkracht.stad.ui.StadsbalansWidgetKeys} does not list.
 */
public final class ScenarioWidgetKeys {

	private static final String PREFIX = "stadsbalans.scenario."; //$NON-NLS-1$

	/** The choice of analysis. */
	public static final String ANALYSE = PREFIX + "analyse"; //$NON-NLS-1$
	/** Button: new, empty scenario. */
	public static final String NEW = PREFIX + "new"; //$NON-NLS-1$
	/** Button: duplicate the selected scenario. */
	public static final String DUPLICATE = PREFIX + "duplicate"; //$NON-NLS-1$
	/** Button: rename the selected scenario. */
	public static final String RENAME = PREFIX + "rename"; //$NON-NLS-1$
	/** Button: delete the selected scenario. */
	public static final String DELETE = PREFIX + "delete"; //$NON-NLS-1$
	/** The drop-down of a mix cell being edited. */
	public static final String MIX_CHOICE_EDITOR = PREFIX + "mixChoiceEditor"; //$NON-NLS-1$
	/** The choice of a wijk or buurt to add to the mix table. */
	public static final String AREA_CHOICE = PREFIX + "areaChoice"; //$NON-NLS-1$
	/** Button: add the chosen area to the mix table. */
	public static final String AREA_ADD = PREFIX + "areaAdd"; //$NON-NLS-1$
	/** Button: remove the selected area from the mix table. */
	public static final String AREA_REMOVE = PREFIX + "areaRemove"; //$NON-NLS-1$
	/** The name field of the dialog "Nieuw uit wijkschetsen". */
	public static final String DIALOG_NAME = PREFIX + "dialog.name"; //$NON-NLS-1$
	/** The checkable list of wijkschetsen of the dialog "Nieuw uit wijkschetsen". */
	public static final String DIALOG_WIJKSCHETSEN = PREFIX + "dialog.wijkschetsen"; //$NON-NLS-1$

	private ScenarioWidgetKeys() {
	}
}
