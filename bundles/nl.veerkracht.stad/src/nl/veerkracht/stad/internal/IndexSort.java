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
	 * Orders positions by descending value, equal values by ascending id, with one primitive sort: the value's
	 * bits (reversed) above the position in a long, the lowest bits of the value given up for the position; runs
	 * whose kept bits are equal are then put in the exact order. The same order as a comparison sort, faster.
	 *
	 * @param values a value per position, &ge; 0, no NaN
	 * @param ids    a distinct id per position
	 * @param count  the positions in use
	 * @return the positions in order
	 */
	static int[] byDescendingValue(double[] values, long[] ids, int count) {
		int positionBits = bits(count);
		long[] keys = new long[count];
		for (int k = 0; k < count; k++) {
			long reversed = Long.MAX_VALUE - Double.doubleToRawLongBits(values[k]);
			keys[k] = (reversed >>> positionBits) << positionBits | k;
		}
		java.util.Arrays.sort(keys);
		long positionMask = (1L << positionBits) - 1;
		int[] order = new int[count];
		for (int k = 0; k < count; k++) {
			order[k] = (int) (keys[k] & positionMask);
		}
		IntComparator exact = (a, b) -> {
			int byValue = Double.compare(values[b], values[a]);
			return byValue != 0 ? byValue : Long.compare(ids[a], ids[b]);
		};
		for (int from = 0; from < count;) {
			int to = from + 1;
			while (to < count && keys[to] >>> positionBits == keys[from] >>> positionBits) {
				to++;
			}
			if (to - from > 1 && !inOrder(order, from, to, exact)) {
				int[] run = java.util.Arrays.copyOfRange(order, from, to);
				sort(run, run.length, exact);
				System.arraycopy(run, 0, order, from, run.length);
			}
			from = to;
		}
		return order;
	}

	/** @return whether the positions from {@code from} to {@code to} are already in the order */
	private static boolean inOrder(int[] positions, int from, int to, IntComparator comparator) {
		for (int k = from + 1; k < to; k++) {
			if (comparator.compare(positions[k - 1], positions[k]) > 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param value a count &ge; 0
	 * @return the bits needed to hold every number from 0 to {@code value}
	 */
	static int bits(int value) {
		return Math.max(1, 32 - Integer.numberOfLeadingZeros(value));
	}
}
