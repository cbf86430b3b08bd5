package nl.veerkracht.scoring.engine.spatial;

import java.util.Arrays;

/**
 * Binary contiguity between regions, used row-standardised: region i gives each of its {@code k_i}
 * neighbours the weight {@code 1 / k_i}. A region without neighbours is an <em>island</em>. Symmetric by
 * construction when built by {@link QueenContiguity}.
 */
public final class SpatialWeights {

	private final int[][] neighbours;

	/**
	 * Creates weights from neighbour lists.
	 *
	 * @param neighbours per region index the indices of its neighbours (no self-neighbours, no duplicates)
	 * @throws IllegalArgumentException if an index is out of range, repeated or the region itself
	 */
	public SpatialWeights(int[][] neighbours) {
		this.neighbours = new int[neighbours.length][];
		for (int i = 0; i < neighbours.length; i++) {
			int[] sorted = neighbours[i].clone();
			Arrays.sort(sorted);
			for (int k = 0; k < sorted.length; k++) {
				if (sorted[k] < 0 || sorted[k] >= neighbours.length || sorted[k] == i
						|| (k > 0 && sorted[k] == sorted[k - 1])) {
					throw new IllegalArgumentException("bad neighbour " + sorted[k] + " of region " + i);
				}
			}
			this.neighbours[i] = sorted;
		}
	}

	/** @return the number of regions */
	public int size() {
		return neighbours.length;
	}

	/**
	 * @param region a region index
	 * @return its neighbours, ascending; a copy
	 */
	public int[] neighbours(int region) {
		return neighbours[region].clone();
	}

	/**
	 * @param region a region index
	 * @return its number of neighbours
	 */
	public int neighbourCount(int region) {
		return neighbours[region].length;
	}

	/**
	 * @param region a region index
	 * @return {@code true} when it has no neighbours
	 */
	public boolean isIsland(int region) {
		return neighbours[region].length == 0;
	}

	int[] neighboursUnsafe(int region) {
		return neighbours[region];
	}
}
