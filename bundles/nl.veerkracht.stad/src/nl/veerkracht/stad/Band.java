package nl.veerkracht.stad;

/**
 * The range of one output over the sensitivity samples, with the central (default-parameter) value.
 *
 * @param p10     the 10th percentile
 * @param p50     the median
 * @param p90     the 90th percentile
 * @param central the value of the central run
 */
public record Band(double p10, double p50, double p90, double central) {

	/** @return whether the central value lies within [p10, p90] */
	public boolean containsCentral() {
		return central >= p10 && central <= p90;
	}
}
