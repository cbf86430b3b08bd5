package nl.veerkracht.gis.core.style.classify;

/**
 * How the class breaks of a graduated style are chosen.
 */
public enum ClassificationMethod {

	/** Classes of equal width between the minimum and the maximum. */
	EQUAL_INTERVAL,

	/** Classes with (as near as the data allow) the same number of values. */
	QUANTILE,

	/**
	 * Natural breaks (Jenks): the breaks that minimise the sum of squared deviations from the class means.
	 */
	NATURAL_BREAKS,

	/**
	 * Classes one standard deviation wide, placed symmetrically around the mean and clipped to the minimum
	 * and maximum of the data.
	 */
	STANDARD_DEVIATION,

	/** Breaks given by the analyst. */
	MANUAL
}
