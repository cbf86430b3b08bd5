package nl.veerkracht.scoring.ui.open;

/**
 * The ids of the signal-map wizard's command and widgets, for tests and users' SWTBot suites: each widget
 * carries its id under {@link nl.veerkracht.gis.ui.WidgetKeys#KEY}. The ids are API.
 */
public final class SignalMapWizardKeys {

	/** The command "Signaleringskaart maken…" that opens the wizard. */
	public static final String COMMAND = "nl.veerkracht.scoring.ui.commands.openSignalMap"; //$NON-NLS-1$

	/**
	 * The prefix of the KWB file list's widgets: {@code .path} (the path field), {@code .add}, {@code .browse},
	 * {@code .files} (the list), {@code .remove}.
	 */
	public static final String KWB = "veerkracht.signalMap.kwb"; //$NON-NLS-1$

	/** The radio button "Laag in de kaart" for boundaries from a layer of the Map view. */
	public static final String BOUNDARIES_FROM_LAYER = "veerkracht.signalMap.boundaries.fromLayer"; //$NON-NLS-1$

	/** The combo of the Map view's layers with buurt codes. */
	public static final String BOUNDARIES_LAYER = "veerkracht.signalMap.boundaries.layer"; //$NON-NLS-1$

	/** The radio button "Bestand" for boundaries from a file. */
	public static final String BOUNDARIES_FROM_FILE = "veerkracht.signalMap.boundaries.fromFile"; //$NON-NLS-1$

	/** The path field of the boundary file. */
	public static final String BOUNDARIES_FILE = "veerkracht.signalMap.boundaries.file"; //$NON-NLS-1$

	/** The button that browses for the boundary file. */
	public static final String BOUNDARIES_BROWSE = "veerkracht.signalMap.boundaries.browse"; //$NON-NLS-1$

	/** The preview's table of files: one row per KWB file and one for the boundaries. */
	public static final String PREVIEW_FILES = "veerkracht.signalMap.preview.files"; //$NON-NLS-1$

	/** The preview's gemeente combo: "alle buurten" first, then each gemeente of the boundaries. */
	public static final String GEMEENTE = "veerkracht.signalMap.preview.gemeente"; //$NON-NLS-1$

	/** The preview's summary line: buurten matched, years, indicators computed and dropped. */
	public static final String SUMMARY = "veerkracht.signalMap.preview.summary"; //$NON-NLS-1$

	/** The preview's table of indicators: label, role, and "wordt berekend" or why it is dropped. */
	public static final String INDICATORS = "veerkracht.signalMap.preview.indicators"; //$NON-NLS-1$

	/** The combo of the year shown first. */
	public static final String YEAR = "veerkracht.signalMap.preview.year"; //$NON-NLS-1$

	/** The combo of the reference: the gemeente, or all buurten loaded. */
	public static final String REFERENCE = "veerkracht.signalMap.preview.reference"; //$NON-NLS-1$

	/** The combo of the normalisation: z-score or rank. */
	public static final String NORMALISATION = "veerkracht.signalMap.preview.normalisation"; //$NON-NLS-1$

	/** The spinner of the minimum coverage, in percent. */
	public static final String MIN_COVERAGE = "veerkracht.signalMap.preview.minCoverage"; //$NON-NLS-1$

	/** The preview's messages: skipped boundary features, indicator plug-in problems, CBS missing values. */
	public static final String MESSAGES = "veerkracht.signalMap.preview.messages"; //$NON-NLS-1$

	private SignalMapWizardKeys() {
	}
}
