package nl.veerkracht.scoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which way an indicator points: whether a higher value makes a buurt more vulnerable (more low incomes) or
 * more resilient (a higher average WOZ value). The engine turns the second kind around before it combines
 * indicators into the kwetsbaarheid score.
 */
public enum Direction {

	/** A higher value means more vulnerable, for example the share of households with a low income. */
	HIGHER_IS_MORE_VULNERABLE("higherIsMoreVulnerable"),

	/** A higher value means more resilient, for example the average WOZ value or labour participation. */
	HIGHER_IS_MORE_RESILIENT("higherIsMoreResilient");

	private final String token;

	Direction(String token) {
		this.token = token;
	}

	/**
	 * Returns the value of the {@code direction} attribute in a contribution.
	 *
	 * @return for example {@code higherIsMoreVulnerable}
	 */
	public String token() {
		return token;
	}

	/**
	 * Finds the direction a contribution names.
	 *
	 * @param token the attribute value
	 * @return the direction, empty if the token names none
	 */
	public static Optional<Direction> forToken(String token) {
		return Arrays.stream(values()).filter(direction -> direction.token.equals(token)).findFirst();
	}
}
