package nl.veerkracht.scoring.engine;

/**
 * How the weights are perturbed in a robustness test (see {@link Robustness}).
 *
 * @param samples         number of perturbed weight sets, at least 1
 * @param spread          relative spread: each weight is multiplied by a factor drawn uniformly from
 *                        {@code [1 - spread, 1 + spread]}; in [0, 1)
 * @param seed            seed of the {@link java.util.SplittableRandom}
 * @param fragileBelow    a region whose share of samples with an unchanged class lies below this is fragile
 */
public record RobustnessParameters(int samples, double spread, long seed, double fragileBelow) {

	/** 1,000 samples, &plusmn;20%, seed 20240601, fragile below 0.8. */
	public static final RobustnessParameters DEFAULTS = new RobustnessParameters(1000, 0.2, 20240601L, 0.8);

	/**
	 * Validates the parameters.
	 *
	 * @throws IllegalArgumentException if a value is out of range
	 */
	public RobustnessParameters {
		if (samples < 1 || !(spread >= 0 && spread < 1) || !(fragileBelow >= 0 && fragileBelow <= 1)) {
			throw new IllegalArgumentException(
					"samples >= 1, spread in [0, 1), fragileBelow in [0, 1]: " + samples + ", " + spread + ", "
							+ fragileBelow);
		}
	}
}
