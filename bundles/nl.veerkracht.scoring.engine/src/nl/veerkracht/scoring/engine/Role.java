package nl.veerkracht.scoring.engine;

/**
 * What an indicator is used for in the score.
 * <ul>
 * <li>{@link #KWETSBAARHEID} indicators make up the composite <em>kwetsbaarheid</em> score;</li>
 * <li>{@link #DRAAGKRACHT_DRAGER} and {@link #DRAAGKRACHT_VRAGER} indicators make up the
 * <em>draagkracht</em> ratio (carriers against those who need support), see {@link Draagkracht};</li>
 * <li>{@link #CONTEXT} indicators (for example the corporation share) are shown and traced but never
 * scored.</li>
 * </ul>
 */
public enum Role {
	/** Part of the composite kwetsbaarheid score. */
	KWETSBAARHEID,
	/** A carrier (drager): numerator of the draagkracht ratio, e.g. highest-20% incomes. */
	DRAAGKRACHT_DRAGER,
	/** Someone who needs support (vrager): denominator of the draagkracht ratio, e.g. low incomes. */
	DRAAGKRACHT_VRAGER,
	/** Context only, never scored. */
	CONTEXT
}
