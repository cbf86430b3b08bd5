package nl.veerkracht.stad;

/**
 * How a sensitivity run varies the uncertain parameters. Each sample draws, independently and uniformly, a
 * multiplier in [1 − spread, 1 + spread] for the turnover rates (all segments together), for the vulnerable
 * inflow shares (all segments together) and for the coping rate; results are capped at 1 where the parameter
 * is a fraction. Defaults ({@link #defaults()}): 200 samples, seed 8, spreads 0.25, 0.25 and 0.5.
 *
 * @param samples             the number of samples, &ge; 1
 * @param seed                the seed of the sampler: the same seed gives the same bands
 * @param turnoverSpread      relative spread of the turnover rates, in [0, 1)
 * @param inflowShareSpread   relative spread of the vulnerable inflow shares, in [0, 1)
 * @param copingSpread        relative spread of the coping rate, in [0, 1)
 */
public record SensitivitySpec(int samples, long seed, double turnoverSpread, double inflowShareSpread,
		double copingSpread) {

	/** Checks the arguments. */
	public SensitivitySpec {
		if (samples < 1) {
			throw new IllegalArgumentException("samples must be >= 1: " + samples);
		}
		for (double spread : new double[] { turnoverSpread, inflowShareSpread, copingSpread }) {
			if (!(spread >= 0 && spread < 1)) {
				throw new IllegalArgumentException("a spread must lie in [0, 1): " + spread);
			}
		}
	}

	/** @return the documented defaults */
	public static SensitivitySpec defaults() {
		return new SensitivitySpec(200, 8, 0.25, 0.25, 0.5);
	}
}
