package nl.veerkracht.stad.ui;

/**
 * The widget keys ({@code org.eclipse.swtbot.widget.key}) of the Stadsbalans view, for UI tests and users'
 * SWTBot suites.
 */
public final class StadsbalansWidgetKeys {

	/** The list of scenarios of the analysis (a table with a check box per scenario: run it or not). */
	public static final String SCENARIOS = "stadsbalans.scenarios";
	/** The table of mixes per area of the selected scenario. */
	public static final String MIXES = "stadsbalans.mixes";
	/** Button: new scenario from the wijkschetsen of the analysis. */
	public static final String NEW_FROM_WIJKSCHETSEN = "stadsbalans.newFromWijkschetsen";
	/** The horizon in years. */
	public static final String HORIZON = "stadsbalans.horizon";
	/** Button: run the checked scenarios. */
	public static final String RUN = "stadsbalans.run";
	/** The balance table: figures per scenario side by side. */
	public static final String BALANCE_TABLE = "stadsbalans.balanceTable";
	/** The time chart of the chosen figure. */
	public static final String TIME_CHART = "stadsbalans.timeChart";
	/** The choice of figure for the time chart. */
	public static final String FIGURE_CHOICE = "stadsbalans.figureChoice";
	/** The waterbed list. */
	public static final String WATERBED_TABLE = "stadsbalans.waterbedTable";
	/** The small-multiple maps, one per scenario. */
	public static final String MAPS = "stadsbalans.maps";
	/** The year slider shared by the maps and the balance table. */
	public static final String YEAR_SLIDER = "stadsbalans.yearSlider";
	/** The trajectory chart of the selected buurt. */
	public static final String TRAJECTORY_CHART = "stadsbalans.trajectoryChart";

	/** The choice of what the trajectory shows: vulnerable share, projected kwetsbaarheid score, expected problems. */
	public static final String TRAJECTORY_MEASURE = "stadsbalans.trajectoryMeasure";

	private StadsbalansWidgetKeys() {
	}
}
