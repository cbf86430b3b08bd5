package nl.veerkracht.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The theme an indicator belongs to, for grouping in tables, profiles and weight editors.
 */
public enum Domain {

	/** Income and poverty. */
	INKOMEN,

	/** Work and benefits. */
	WERK,

	/** Housing: dwelling values, ownership, household composition. */
	WONEN,

	/** Care and health (youth care, and what plug-ins add). */
	ZORG,

	/** Education. */
	ONDERWIJS,

	/** Population composition: age, households. */
	BEVOLKING,

	/** Carrying capacity: residents who can carry others (high incomes, work, education). */
	DRAAGKRACHT,

	/** Anything shown for context only. */
	CONTEXT;

	/**
	 * Returns the value of the {@code domain} attribute in a contribution.
	 *
	 * @return the name in lower case, for example {@code inkomen}
	 */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Finds the domain a contribution names.
	 *
	 * @param token the attribute value
	 * @return the domain, empty if the token names none
	 */
	public static Optional<Domain> forToken(String token) {
		return Arrays.stream(values()).filter(domain -> domain.token().equals(token)).findFirst();
	}
}
