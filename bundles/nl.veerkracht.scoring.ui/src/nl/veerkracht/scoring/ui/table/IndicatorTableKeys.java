package nl.veerkracht.scoring.ui.table;

/**
 * Stable ids of the widgets of the Indicatoren view, stored under
 * {@link nl.veerkracht.gis.ui.WidgetKeys#KEY} for tests and users' SWTBot suites. The ids are API: they do
 * not change between releases.
 */
public final class IndicatorTableKeys {

	/** The table: the gemeente reference row, then one row per buurt. */
	public static final String TABLE = "veerkracht.indicatorTable.rows"; //$NON-NLS-1$

	/** The list that chooses what the indicator cells show: raw, normalised or contributions. */
	public static final String MODE = "veerkracht.indicatorTable.mode"; //$NON-NLS-1$

	/** The filter text: buurten whose code or name contains it. */
	public static final String FILTER = "veerkracht.indicatorTable.filter"; //$NON-NLS-1$

	/** The status line: how many buurten are shown and selected. */
	public static final String STATUS = "veerkracht.indicatorTable.status"; //$NON-NLS-1$

	/** The explanation shown when there is no signal map. */
	public static final String EMPTY = "veerkracht.indicatorTable.empty"; //$NON-NLS-1$

	/** The summary line of the run: year, reference, and how many indicators are missing. */
	public static final String INFO = "veerkracht.indicatorTable.info"; //$NON-NLS-1$

	/** The link that shows or hides why indicators are missing. */
	public static final String INFO_TOGGLE = "veerkracht.indicatorTable.infoToggle"; //$NON-NLS-1$

	/** The text listing the dropped indicators and the indicator plug-in problems, with their reasons. */
	public static final String INFO_DETAILS = "veerkracht.indicatorTable.infoDetails"; //$NON-NLS-1$

	private static final String COLUMN_PREFIX = "veerkracht.indicatorTable.column."; //$NON-NLS-1$

	private IndicatorTableKeys() {
	}

	/**
	 * Returns the id of a table column, set on its {@code TableColumn}.
	 *
	 * @param columnId the column's id: {@code bu_code}, {@code naam}, {@code inwoners}, an indicator id, or
	 *                 {@code kwetsbaarheid}, {@code klasse}, {@code dekking}, {@code draagkracht},
	 *                 {@code trend}, {@code vroeg_signaal}, {@code hotspot}, {@code robuustheid}
	 * @return for example {@code veerkracht.indicatorTable.column.kwetsbaarheid}
	 */
	public static String column(String columnId) {
		return COLUMN_PREFIX + columnId;
	}
}
