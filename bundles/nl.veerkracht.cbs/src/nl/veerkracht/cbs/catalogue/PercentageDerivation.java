package nl.veerkracht.cbs.catalogue;

import java.util.Objects;

/**
 * The rule that turns counts into a percentage variable when a source publishes the count instead of the
 * percentage (Rotterdam KWB publishes one-person households as a % in 2014 and as a count from 2015).
 * <p>
 * The rule: <em>percentage = 100 &times; numerator / denominator</em>, both taken from the same region and
 * the same year, both in unit {@link Unit#COUNT}. It is applied only where the percentage itself is absent
 * for that region and year; a published percentage is never overwritten. The result is not rounded
 * (CBS rounds its own percentages to whole numbers), so a derived 47.9 may stand next to a published 47.
 * If either input is missing, or the denominator is 0, the derived value is missing too (never 0).
 *
 * @param numeratorId the id of the count variable above the line, for example {@code a_1p_hh}
 * @param denominatorId the id of the count variable below the line, for example {@code a_hh}
 */
public record PercentageDerivation(String numeratorId, String denominatorId) {

	/**
	 * Checks the ids.
	 *
	 * @param numeratorId the id of the count variable above the line
	 * @param denominatorId the id of the count variable below the line
	 */
	public PercentageDerivation {
		Objects.requireNonNull(numeratorId, "numeratorId");
		Objects.requireNonNull(denominatorId, "denominatorId");
	}

	/**
	 * Describes the rule for a person reading where a number came from.
	 *
	 * @return for example {@code "100 × a_1p_hh / a_hh"}
	 */
	public String describe() {
		return "100 × " + numeratorId + " / " + denominatorId;
	}
}
