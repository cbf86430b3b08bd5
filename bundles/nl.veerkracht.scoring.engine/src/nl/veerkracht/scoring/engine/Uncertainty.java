package nl.veerkracht.scoring.engine;

/**
 * Reasons to read a region's trend with care. They qualify the early-warning flag of a {@link RegionTrend};
 * the flag is a signal for a closer look, never a forecast.
 */
public enum Uncertainty {
	/** Fewer than {@link TrendParameters#minYears()} years with a composite: the slope has no error estimate. */
	FEW_YEARS("weinig jaren"),
	/** Fewer inhabitants than {@link TrendParameters#smallPopulation()}: a few households move the figures. */
	SMALL_POPULATION("weinig inwoners"),
	/**
	 * At least half of the composite weight sits on indicators whose change over the period is no larger
	 * than CBS's rounding step, so the change may be rounding alone.
	 */
	ROUNDING("afronding CBS"),
	/** The relative slope is smaller than its standard error (least squares, three or more years). */
	NOISY("grillig verloop");

	private final String label;

	Uncertainty(String label) {
		this.label = label;
	}

	/** @return the Dutch label */
	public String label() {
		return label;
	}
}
