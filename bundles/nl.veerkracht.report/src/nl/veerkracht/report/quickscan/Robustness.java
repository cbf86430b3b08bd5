package nl.veerkracht.report.quickscan;

import java.util.List;

/**
 * How stable the classes are when the weights are varied.
 *
 * @param samples     the number of weight samples
 * @param spread      the relative spread of the weights, e.g. 0.2 for &plusmn;20%
 * @param scored      the number of buurten with a class
 * @param fragile     how many of them are fragile (keep their class in fewer samples than the threshold)
 * @param threshold   the fragility threshold, e.g. 0.8
 * @param leastStable the least stable buurten, least stable first
 */
public record Robustness(int samples, double spread, int scored, int fragile, double threshold,
		List<BuurtRow> leastStable) {

	/**
	 * Copies the list.
	 */
	public Robustness {
		leastStable = List.copyOf(leastStable);
	}
}
