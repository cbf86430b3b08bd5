package nl.veerkracht.scoring.engine;

/**
 * How a raw value is put on a common scale against its reference group (see {@link Normaliser}).
 */
public enum NormalisationMethod {
	/**
	 * z-score: {@code (x - mean) / sd} with the mean and the population standard deviation (divisor n) of the
	 * available values in the reference group; zero when the group has no spread. Centre 0.
	 */
	Z_SCORE,
	/**
	 * Mid-rank percentile: {@code (below + equal / 2) / n}, the share of the reference group's available
	 * values below x, ties counted half. In (0, 1), centre 0.5; insensitive to outliers and skew.
	 */
	RANK
}
