package nl.veerkracht.wijkschets.ui.perspectieven;

/**
 * Stable ids ({@link nl.veerkracht.gis.ui.WidgetKeys#KEY}) of the controls of the Handelingsperspectieven page, for
 * tests and users' SWTBot suites. The matrix's own controls have theirs in
 * {@link nl.veerkracht.wijkschets.ui.matrix.MatrixWidgetKeys}.
 */
public final class PerspectievenWidgetKeys {

	private static final String PREFIX = "wijkschets.perspectieven."; //$NON-NLS-1$

	/** The line that sums up the mix. */
	public static final String SUMMARY = PREFIX + "summary"; //$NON-NLS-1$

	/** The 2×2 matrix. */
	public static final String MATRIX = PREFIX + "matrix"; //$NON-NLS-1$

	/** The combo that chooses the perspective whose measures and buurten are shown. */
	public static final String CHOOSER = PREFIX + "chooser"; //$NON-NLS-1$

	/** The table of measures. */
	public static final String MEASURES = PREFIX + "measures"; //$NON-NLS-1$

	/** The button that adds a measure. */
	public static final String MEASURE_ADD = PREFIX + "measures.add"; //$NON-NLS-1$

	/** The button that removes the selected measure. */
	public static final String MEASURE_REMOVE = PREFIX + "measures.remove"; //$NON-NLS-1$

	/** The button that moves the selected measure up. */
	public static final String MEASURE_UP = PREFIX + "measures.up"; //$NON-NLS-1$

	/** The button that moves the selected measure down. */
	public static final String MEASURE_DOWN = PREFIX + "measures.down"; //$NON-NLS-1$

	/** The text field in which a measure's description or owner is edited. */
	public static final String MEASURE_TEXT_EDITOR = PREFIX + "measures.textEditor"; //$NON-NLS-1$

	/** The text field in which a measure's start or end year is edited. */
	public static final String MEASURE_YEAR_EDITOR = PREFIX + "measures.yearEditor"; //$NON-NLS-1$

	/** The combo in which a measure's cost class is chosen. */
	public static final String MEASURE_CHOICE_EDITOR = PREFIX + "measures.choiceEditor"; //$NON-NLS-1$

	/** The table of buurt refinements. */
	public static final String REFINEMENTS = PREFIX + "refinements"; //$NON-NLS-1$

	/** The combo of the buurten not yet refined. */
	public static final String REFINEMENT_BUURT = PREFIX + "refinements.buurt"; //$NON-NLS-1$

	/** The combo of the intensity a new refinement gets. */
	public static final String REFINEMENT_INTENSITY = PREFIX + "refinements.intensity"; //$NON-NLS-1$

	/** The button that adds a refinement for the chosen buurt. */
	public static final String REFINEMENT_ADD = PREFIX + "refinements.add"; //$NON-NLS-1$

	/** The button that removes the selected refinement. */
	public static final String REFINEMENT_REMOVE = PREFIX + "refinements.remove"; //$NON-NLS-1$

	/** The combo in which a refinement's intensity is chosen in the table. */
	public static final String REFINEMENT_CHOICE_EDITOR = PREFIX + "refinements.choiceEditor"; //$NON-NLS-1$

	/** The text field in which a refinement's note is edited. */
	public static final String REFINEMENT_TEXT_EDITOR = PREFIX + "refinements.textEditor"; //$NON-NLS-1$

	private PerspectievenWidgetKeys() {
	}
}
