package nl.veerkracht.scoring.engine;

import java.util.Objects;

/**
 * How the engine scores: the reference, the normalisation method, the minimum coverage and the class rule.
 *
 * @param reference   the reference group for normalisation
 * @param method      z-score or rank
 * @param minCoverage the minimum share of the total kwetsbaarheid weight that must be available for a
 *                    region to get a composite (see {@link Composite}); in (0, 1]
 * @param classRule   the thresholds for the classes, on the scale of {@code method}
 */
public record ScoringParameters(Reference reference, NormalisationMethod method, double minCoverage,
		ClassRule classRule) {

	/**
	 * The default minimum coverage, 0.6: a composite needs at least 60% of its weight. With fewer inputs a
	 * single indicator would decide the class, and CBS suppresses the income figures of small buurten
	 * together, so a lower bound would let those buurten be classed on what is left (mostly housing).
	 */
	public static final double DEFAULT_MIN_COVERAGE = 0.6;

	/**
	 * Validates the parameters.
	 *
	 * @throws IllegalArgumentException if the coverage is outside (0, 1]
	 */
	public ScoringParameters {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(classRule, "classRule");
		if (!(minCoverage > 0 && minCoverage <= 1)) {
			throw new IllegalArgumentException("minimum coverage must lie in (0, 1]: " + minCoverage);
		}
	}

	/**
	 * Creates parameters with the default class rule of the method.
	 *
	 * @param reference   the reference group
	 * @param method      the normalisation method
	 * @param minCoverage the minimum coverage
	 * @return the parameters
	 */
	public static ScoringParameters of(Reference reference, NormalisationMethod method, double minCoverage) {
		return new ScoringParameters(reference, method, minCoverage, ClassRule.forMethod(method));
	}

	/** @return gemeente reference, z-score, {@link #DEFAULT_MIN_COVERAGE}, default class rule */
	public static ScoringParameters defaults() {
		return of(Reference.GEMEENTE, NormalisationMethod.Z_SCORE, DEFAULT_MIN_COVERAGE);
	}
}
