package nl.veerkracht.stad.internal;

/**
 * Sorts positions (ints) by a comparison of the positions, without boxing: a stable merge sort. Used where the
 * model orders thousands of buurten or cells many times per run.
 */
final class IndexSort {

	/** Compares two positions. */
	@FunctionalInterface
	interface IntComparator {
		/**
		 * @param a a position
		 * @param b another position
		 * @return negative when {@code a} comes first, positive when {@code b} does, 0 when equal
		 */
		int compare(int a, int b);
	}

	private IndexSort() {
	}

	/**
	 * @param positions  the positions to order, sorted in place from {@code 0} to {@code count}
	 * @param count      how many positions are in use
	 * @param comparator the order; equal positions keep their order
	 */
	static void sort(int[] positions, int count, IntComparator comparator) {
		if (count < 2) {
			return;
		}
		int[] buffer = new int[count];
		int[] from = positions;
		int[] to = buffer;
		for (int width = 1; width < count; width *= 2) {
			for (int low = 0; low < count; low += 2 * width) {
				int middle = Math.min(low + width, count);
				int high = Math.min(low + 2 * width, count);
				int i = low;
				int j = middle;
				int k = low;
				while (i < middle && j < high) {
					to[k++] = comparator.compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
				}
				while (i < middle) {
					to[k++] = from[i++];
				}
				while (j < high) {
					to[k++] = from[j++];
				}
			}
			int[] swap = from;
			from = to;
			to = swap;
		}
		if (from != positions) {
			System.arraycopy(from, 0, positions, 0, count);
		}
	}

	/**
	 * @param values numbers, no NaN
	 * @param count  how many of {@code values} to rank
	 * @return per value its rank in descending order: 0 for the largest, equal values the same rank (a value and
	 *         its rank order alike: {@code a > b} exactly when {@code rank(a) < rank(b)})
	 */
	static int[] descendingRanks(double[] values, int count) {
		double[] sorted = java.util.Arrays.copyOf(values, count);
		java.util.Arrays.sort(sorted);
		int distinct = 0;
		for (int k = 0; k < count; k++) {
			if (k == 0 || Double.compare(sorted[k], sorted[distinct - 1]) != 0) {
				sorted[distinct++] = sorted[k];
			}
		}
		int[] ranks = new int[count];
		for (int k = 0; k < count; k++) {
			ranks[k] = distinct - 1 - java.util.Arrays.binarySearch(sorted, 0, distinct, values[k]);
		}
		return ranks;
	}

	/**
	 * @param value a count &ge; 0
	 * @return the bits needed to hold every number from 0 to {@code value}
	 */
	static int bits(int value) {
		return Math.max(1, 32 - Integer.numberOfLeadingZeros(value));
	}
}
