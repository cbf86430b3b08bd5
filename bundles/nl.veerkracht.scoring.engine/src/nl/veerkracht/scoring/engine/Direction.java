package nl.veerkracht.scoring.engine;

/**
 * Which way an indicator points. The engine corrects for it during normalisation, so that a higher
 * normalised value always means <em>more vulnerable</em>.
 */
public enum Direction {
	/** A higher raw value means more vulnerable (for example the share of households with a low income). */
	HIGHER_IS_MORE_VULNERABLE,
	/** A higher raw value means more resilient (for example the average WOZ value, labour participation). */
	HIGHER_IS_MORE_RESILIENT;

	/**
	 * Returns the sign that turns a normalised value into "higher is more vulnerable".
	 *
	 * @return {@code 1} or {@code -1}
	 */
	public double sign() {
		return this == HIGHER_IS_MORE_VULNERABLE ? 1.0 : -1.0;
	}
}
