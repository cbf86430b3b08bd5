package nl.veerkracht.report.quickscan;

import java.util.Objects;

/**
 * How the signal map of the report was computed, in words for the method section.
 *
 * @param reference     what the indicators were compared with, e.g. "de gemeente"
 * @param normalisation the normalisation, e.g. "z-score"
 * @param zScore        whether the scores are z-scores (0 = the reference's mean, 1 = one standard deviation
 *                      more vulnerable), which the texts then explain
 * @param minCoverage   the minimum share of the kwetsbaarheid weight a buurt needs for a class, in (0, 1]
 */
public record ScanSettings(String reference, String normalisation, boolean zScore, double minCoverage) {

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a text is {@code null}
	 */
	public ScanSettings {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(normalisation, "normalisation");
	}
}
