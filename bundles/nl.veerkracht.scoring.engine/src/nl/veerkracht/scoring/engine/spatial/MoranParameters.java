package nl.veerkracht.scoring.engine.spatial;

/**
 * Parameters of a Local Moran's I analysis.
 *
 * @param permutations number of conditional permutations, at least 1 (999 by convention)
 * @param seed         seed from which each region's {@link java.util.SplittableRandom} is split
 * @param alpha        significance level: a region is labelled when its pseudo-p is at most alpha
 */
public record MoranParameters(int permutations, long seed, double alpha) {

	/** 999 permutations, seed 20240601, alpha 0.05. */
	public static final MoranParameters DEFAULTS = new MoranParameters(999, 20240601L, 0.05);

	/**
	 * Validates the parameters.
	 *
	 * @throws IllegalArgumentException if a value is out of range
	 */
	public MoranParameters {
		if (permutations < 1 || !(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("permutations >= 1 and alpha in (0, 1): " + permutations + ", " + alpha);
		}
	}
}
