package nl.veerkracht.scoring.engine.spatial;

import java.util.Arrays;

/**
 * Items ordered by the start of their interval, for sort-and-sweep searches of overlapping intervals. The
 * order is by {@link #key} (the start rounded down to float precision), packed with the item into one
 * {@code long}, so that a primitive sort does the work without boxing. A sweep that scans forward from an
 * item while {@code keys[k] <= end} reaches every later item whose interval overlaps it, because a key never
 * exceeds the true start; it may also meet a few that do not overlap, which the caller's exact test rejects.
 */
final class SweepOrder {

	/** The items, by ascending key. */
	final int[] items;
	/** {@code keys[k]} is the key of {@code items[k]}; ascending. */
	final float[] keys;

	private SweepOrder(int[] items, float[] keys) {
		this.items = items;
		this.keys = keys;
	}

	/**
	 * Sorts items by the start of their interval.
	 *
	 * @param items item numbers, not negative
	 * @param count how many of {@code items} to sort
	 * @param start the start of each item's interval, indexed by item number
	 * @return the order
	 */
	static SweepOrder of(int[] items, int count, double[] start) {
		long[] packed = new long[count];
		for (int k = 0; k < count; k++) {
			packed[k] = (long) sortable(key(start[items[k]])) << 32 | items[k];
		}
		Arrays.sort(packed);
		int[] sorted = new int[count];
		float[] keys = new float[count];
		for (int k = 0; k < count; k++) {
			sorted[k] = (int) packed[k];
			keys[k] = key(start[sorted[k]]);
		}
		return new SweepOrder(sorted, keys);
	}

	/**
	 * @param value a finite coordinate
	 * @return the largest float not above it
	 */
	static float key(double value) {
		float rounded = (float) value;
		return rounded > value ? Math.nextDown(rounded) : rounded;
	}

	/** The float's bits as an int whose signed order is the float's order. */
	private static int sortable(float value) {
		int bits = Float.floatToIntBits(value);
		return bits ^ (bits >> 31) & 0x7FFFFFFF;
	}
}
