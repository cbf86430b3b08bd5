package nl.veerkracht.scoring.ui.weights;

/**
 * The ids of the Gewichten view's widgets, for tests and users' SWTBot suites: each widget carries its id
 * under {@link nl.veerkracht.gis.ui.WidgetKeys#KEY}. The ids are API.
 */
public final class WeightsWidgetKeys {

	/** The year combo: the years of the signal map's data. */
	public static final String YEAR = "veerkracht.weights.year"; //$NON-NLS-1$

	/** The button "Standaardgewichten" that sets every weight back to its default. */
	public static final String RESET_ALL = "veerkracht.weights.resetAll"; //$NON-NLS-1$

	/** The status line: the class counts of the map shown. */
	public static final String STATUS = "veerkracht.weights.status"; //$NON-NLS-1$

	/** The busy indicator, visible while the map is rescored. */
	public static final String BUSY = "veerkracht.weights.busy"; //$NON-NLS-1$

	/** The notice shown when a group's last weight was kept above zero. */
	public static final String NOTICE = "veerkracht.weights.notice"; //$NON-NLS-1$

	/** The button of the empty state that opens the signal-map wizard. */
	public static final String OPEN_WIZARD = "veerkracht.weights.openWizard"; //$NON-NLS-1$

	private static final String PREFIX = "veerkracht.weights."; //$NON-NLS-1$

	private WeightsWidgetKeys() {
	}

	/**
	 * @param indicatorId an indicator id, e.g. {@code laag_inkomen}
	 * @return the id of the indicator's slider (an SWT {@code Scale} of tenths, 0–50)
	 */
	public static String slider(String indicatorId) {
		return PREFIX + "slider." + indicatorId; //$NON-NLS-1$
	}

	/**
	 * @param indicatorId an indicator id
	 * @return the id of the indicator's spinner (one decimal, 0–5)
	 */
	public static String spinner(String indicatorId) {
		return PREFIX + "spinner." + indicatorId; //$NON-NLS-1$
	}

	/**
	 * @param indicatorId an indicator id
	 * @return the id of the label with the indicator's share of its group's weight
	 */
	public static String share(String indicatorId) {
		return PREFIX + "share." + indicatorId; //$NON-NLS-1$
	}

	/**
	 * @param indicatorId an indicator id
	 * @return the id of the button that sets the indicator's weight back to its default
	 */
	public static String reset(String indicatorId) {
		return PREFIX + "reset." + indicatorId; //$NON-NLS-1$
	}
}
