package nl.veerkracht.scoring.engine.spatial;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Local Moran's I (Anselin 1995, "Local indicators of spatial association — LISA") with row-standardised
 * weights and conditional permutation inference.
 * <p>
 * Only regions with a value take part (m of them); a region without a value is
 * {@link HotSpotLabel#NO_DATA}, and a region none of whose neighbours has a value is
 * {@link HotSpotLabel#ISLAND} (its statistic is undefined, not zero). With {@code z_i = x_i - mean} over
 * the m regions, {@code m2 = sum(z_i^2) / m} and {@code N_i} the neighbours of i that have a value:
 *
 * <pre>
 * lag_i = sum over j in N_i of z_j / |N_i|
 * I_i   = z_i / m2 * lag_i
 * </pre>
 *
 * (m2 divides by m as in Anselin 1995; PySAL's esda divides by m - 1, which scales all I_i by (m-1)/m and
 * changes neither p nor labels.)
 * <p>
 * Inference: for each region, {@code permutations} times, |N_i| values are drawn without replacement from the
 * z of the other m - 1 regions (x_i stays fixed: <em>conditional</em> permutation, see
 * {@link ConditionalPermutation}) and I_i recomputed. With {@code count} the number of permuted I at or above
 * the observed one, folded to the smaller tail ({@code count = min(count, permutations - count)}), the pseudo-p
 * value is {@code (count + 1) / (permutations + 1)}, so 1/1000 is the smallest possible with 999 permutations.
 * A region is labelled by its quadrant (sign of z_i and of lag_i) when p &le; alpha, else
 * {@link HotSpotLabel#NOT_SIGNIFICANT}.
 * <p>
 * Reproducibility: one {@link SplittableRandom} is seeded and split once per region in index order before the
 * regions are processed in parallel; each region uses only its own generator, so the result depends neither on
 * the number of threads nor on their scheduling.
 */
public final class LocalMoran {

	/** Regions per parallel task, each task with its own permutation pool. */
	private static final int REGIONS_PER_TASK = 64;

	private LocalMoran() {
	}

	/**
	 * Runs the analysis.
	 *
	 * @param values     one value per region (NaN for no data), e.g. the composite kwetsbaarheid
	 * @param weights    the contiguity of the same regions
	 * @param parameters permutations, seed and alpha
	 * @return statistics and labels per region
	 * @throws IllegalArgumentException if values and weights differ in size
	 */
	public static LocalMoranResult compute(double[] values, SpatialWeights weights, MoranParameters parameters) {
		int n = values.length;
		if (weights.size() != n) {
			throw new IllegalArgumentException(n + " values but " + weights.size() + " regions in the weights");
		}
		int[] withValue = new int[n];
		int m = 0;
		for (int r = 0; r < n; r++) {
			if (!Double.isNaN(values[r])) {
				withValue[m++] = r;
			}
		}
		int[] valid = Arrays.copyOf(withValue, m);
		int[] position = new int[n];
		Arrays.fill(position, -1);
		for (int k = 0; k < m; k++) {
			position[valid[k]] = k;
		}
		double mean = 0;
		for (int r : valid) {
			mean += values[r];
		}
		mean /= Math.max(m, 1);
		double[] z = new double[m];
		double m2 = 0;
		for (int k = 0; k < m; k++) {
			z[k] = values[valid[k]] - mean;
			m2 += z[k] * z[k];
		}
		m2 /= Math.max(m, 1);
		int[][] neighbours = new int[m][];
		for (int k = 0; k < m; k++) {
			neighbours[k] = validNeighbours(weights.neighboursUnsafe(valid[k]), position);
		}
		double[] localI = new double[n];
		double[] lag = new double[n];
		double[] pseudoP = new double[n];
		Arrays.fill(localI, Double.NaN);
		Arrays.fill(lag, Double.NaN);
		Arrays.fill(pseudoP, Double.NaN);
		HotSpotLabel[] labels = new HotSpotLabel[n];
		Arrays.fill(labels, HotSpotLabel.NO_DATA);
		SplittableRandom root = new SplittableRandom(parameters.seed());
		SplittableRandom[] randoms = new SplittableRandom[m];
		for (int k = 0; k < m; k++) {
			randoms[k] = root.split();
		}
		double scale = m2 > 0 ? 1 / m2 : 0;
		IntStream.range(0, (m + REGIONS_PER_TASK - 1) / REGIONS_PER_TASK).parallel().forEach(task -> {
			ConditionalPermutation permutation = new ConditionalPermutation(z, parameters.permutations());
			for (int k = task * REGIONS_PER_TASK; k < Math.min(valid.length, (task + 1) * REGIONS_PER_TASK); k++) {
				int region = valid[k];
				int[] own = neighbours[k];
				if (own.length == 0) {
					labels[region] = HotSpotLabel.ISLAND;
					continue;
				}
				double sum = 0;
				for (int j : own) {
					sum += z[j];
				}
				double observedLag = sum / own.length;
				double observed = z[k] * scale * observedLag;
				lag[region] = observedLag;
				localI[region] = observed;
				double p = permutation.pseudoP(k, own.length, z[k] * scale, observed, randoms[k]);
				pseudoP[region] = p;
				labels[region] = p <= parameters.alpha() ? quadrant(z[k], observedLag) : HotSpotLabel.NOT_SIGNIFICANT;
			}
		});
		return new LocalMoranResult(localI, lag, pseudoP, labels);
	}

	/** The positions among the valid regions of the neighbours that have a value. */
	private static int[] validNeighbours(int[] neighbours, int[] position) {
		int[] own = new int[neighbours.length];
		int count = 0;
		for (int j : neighbours) {
			if (position[j] >= 0) {
				own[count++] = position[j];
			}
		}
		return count == own.length ? own : Arrays.copyOf(own, count);
	}

	private static HotSpotLabel quadrant(double z, double lag) {
		if (z > 0 && lag > 0) {
			return HotSpotLabel.HIGH_HIGH;
		}
		if (z < 0 && lag < 0) {
			return HotSpotLabel.LOW_LOW;
		}
		if (z > 0 && lag < 0) {
			return HotSpotLabel.HIGH_LOW;
		}
		if (z < 0 && lag > 0) {
			return HotSpotLabel.LOW_HIGH;
		}
		return HotSpotLabel.NOT_SIGNIFICANT;
	}
}
