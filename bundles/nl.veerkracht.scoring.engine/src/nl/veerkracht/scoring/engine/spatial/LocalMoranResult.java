package nl.veerkracht.scoring.engine.spatial;

/**
 * The outcome of a Local Moran's I analysis, per region index: the statistic, its spatial lag, pseudo-p and
 * label. Regions labelled {@link HotSpotLabel#NO_DATA} or {@link HotSpotLabel#ISLAND} have NaN statistics.
 */
public final class LocalMoranResult {

	private final double[] localI;
	private final double[] lag;
	private final double[] pseudoP;
	private final HotSpotLabel[] labels;

	LocalMoranResult(double[] localI, double[] lag, double[] pseudoP, HotSpotLabel[] labels) {
		this.localI = localI;
		this.lag = lag;
		this.pseudoP = pseudoP;
		this.labels = labels;
	}

	/**
	 * @param region the region index
	 * @return the local statistic I_i, NaN for no data and islands
	 */
	public double localI(int region) {
		return localI[region];
	}

	/**
	 * @param region the region index
	 * @return the mean deviation from the mean over its neighbours (row-standardised lag), NaN when undefined
	 */
	public double lag(int region) {
		return lag[region];
	}

	/**
	 * @param region the region index
	 * @return the pseudo-p value {@code (count + 1) / (permutations + 1)}, NaN when undefined
	 */
	public double pseudoP(int region) {
		return pseudoP[region];
	}

	/**
	 * @param region the region index
	 * @return its label
	 */
	public HotSpotLabel label(int region) {
		return labels[region];
	}

	/** @return the number of regions */
	public int size() {
		return labels.length;
	}
}
