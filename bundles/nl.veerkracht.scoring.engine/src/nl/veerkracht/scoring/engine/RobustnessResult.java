package nl.veerkracht.scoring.engine;

/**
 * The outcome of a robustness test: per region (table index) the share of perturbed samples in which its
 * class stayed the same, and whether that makes its classification fragile.
 */
public final class RobustnessResult {

	private final double[] stability;
	private final double fragileBelow;
	private final int samples;

	RobustnessResult(double[] stability, double fragileBelow, int samples) {
		this.stability = stability;
		this.fragileBelow = fragileBelow;
		this.samples = samples;
	}

	/**
	 * @param region the region index
	 * @return the share of samples with the unperturbed class, in [0, 1]
	 */
	public double stability(int region) {
		return stability[region];
	}

	/**
	 * @param region the region index
	 * @return {@code true} when the share lies below the fragility threshold
	 */
	public boolean isFragile(int region) {
		return stability[region] < fragileBelow;
	}

	/** @return the number of samples drawn */
	public int samples() {
		return samples;
	}
}
