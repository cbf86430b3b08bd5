package nl.veerkracht.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What part an indicator plays in the score.
 */
public enum Role {

	/** Counts in the composite kwetsbaarheid score with its weight. */
	KWETSBAARHEID,

	/** A carrier (drager): counts above the line of the draagkracht ratio, for example the highest incomes. */
	DRAGER,

	/** Someone who needs support (vrager): counts below the line of the draagkracht ratio. */
	VRAGER,

	/** Shown beside the score for context only, never part of it, for example the share of corporation dwellings. */
	CONTEXT;

	/**
	 * Returns the value of the {@code role} attribute in a contribution.
	 *
	 * @return the name in lower case, for example {@code kwetsbaarheid}
	 */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Finds the role a contribution names.
	 *
	 * @param token the attribute value
	 * @return the role, empty if the token names none
	 */
	public static Optional<Role> forToken(String token) {
		return Arrays.stream(values()).filter(role -> role.token().equals(token)).findFirst();
	}
}
