package nl.veerkracht.scoring.ui.profile;

/**
 * Stable ids of the Buurtprofiel's widgets, stored under {@link nl.veerkracht.gis.ui.WidgetKeys#KEY} for tests
 * and users' SWTBot suites. The ids are API: they do not change between releases.
 */
public final class ProfileWidgetKeys {

	/** The label with the buurt's name (the profile's title). */
	public static final String TITLE = "veerkracht.profile.title"; //$NON-NLS-1$

	/** The label under the title: buurt code, gemeente, inhabitants, year. */
	public static final String SUBTITLE = "veerkracht.profile.subtitle"; //$NON-NLS-1$

	/** The label with the buurt's class (next to its map colour). */
	public static final String KLASSE = "veerkracht.profile.klasse"; //$NON-NLS-1$

	/** The label with the kwetsbaarheid score, or "geen gegevens". */
	public static final String SCORE = "veerkracht.profile.score"; //$NON-NLS-1$

	/** The label with the reason a buurt has no score (empty for a scored buurt). */
	public static final String NO_DATA_REASON = "veerkracht.profile.noDataReason"; //$NON-NLS-1$

	/** The label with the trend and the early warning with its uncertainty. */
	public static final String TREND = "veerkracht.profile.trend"; //$NON-NLS-1$

	/** The label with the robustness of the class in the header. */
	public static final String ROBUSTNESS = "veerkracht.profile.robustness"; //$NON-NLS-1$

	/** The SWTChart bar chart of the indicators against the gemeente (one category per indicator). */
	public static final String BAR_CHART = "veerkracht.profile.barChart"; //$NON-NLS-1$

	/** The SWTChart line chart of the course over the years. */
	public static final String TREND_CHART = "veerkracht.profile.trendChart"; //$NON-NLS-1$

	/** The list choosing what the line chart shows: the kwetsbaarheid or one indicator. */
	public static final String TREND_CHOICE = "veerkracht.profile.trendChoice"; //$NON-NLS-1$

	/** The explanation table: one row per indicator and the sum row. */
	public static final String EXPLANATION_TABLE = "veerkracht.profile.explanation"; //$NON-NLS-1$

	/** The bar of the classes the robustness samples fell in. */
	public static final String DISTRIBUTION = "veerkracht.profile.distribution"; //$NON-NLS-1$

	/** The message shown instead of a profile (no signal map, no buurt chosen, buurt not in the map). */
	public static final String MESSAGE = "veerkracht.profile.message"; //$NON-NLS-1$

	private ProfileWidgetKeys() {
	}
}
