package nl.veerkracht.stad.internal;

import java.util.Arrays;

/**
 * Splits a whole number of households over recipients in proportion to weights, to the household: the shares
 * are rounded down and the households left over go to the largest remainders (ties to the lower index). Each
 * recipient may have a capacity; what a full recipient cannot take is split again over the others. Deterministic.
 * <p>
 * One round costs O(n log n) in the open recipients (the largest remainders are found by sorting a copy of the
 * remainders, not by a scan per household left over), so a city of thousands of buurten splits quickly.
 */
public final class LargestRemainder {

	private LargestRemainder() {
	}

	/**
	 * @param total   the households to split, &ge; 0
	 * @param weights a weight &ge; 0 per recipient; recipients with weight 0 get nothing
	 * @param caps    the capacity per recipient, or null for no limit
	 * @return the households per recipient; their sum is {@code total} unless the capacity of the recipients with
	 *         a positive weight runs out, then it is that capacity
	 */
	public static int[] apportion(int total, double[] weights, int[] caps) {
		int[] result = new int[weights.length];
		int remaining = total;
		int[] open = new int[weights.length];
		int openCount = 0;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] > 0 && (caps == null || caps[i] > 0)) {
				open[openCount++] = i;
			}
		}
		int[] share = new int[openCount];
		double[] remainder = new double[openCount];
		while (remaining > 0 && openCount > 0) {
			double weightSum = 0;
			for (int k = 0; k < openCount; k++) {
				weightSum += weights[open[k]];
			}
			int assigned = 0;
			for (int k = 0; k < openCount; k++) {
				double quota = remaining * weights[open[k]] / weightSum;
				share[k] = (int) Math.floor(quota);
				remainder[k] = quota - share[k];
				assigned += share[k];
			}
			giveToLargestRemainders(share, remainder, openCount, remaining - assigned);
			int stillOpen = 0;
			for (int k = 0; k < openCount; k++) {
				int i = open[k];
				int room = caps == null ? Integer.MAX_VALUE : caps[i] - result[i];
				int take = Math.min(share[k], room);
				result[i] += take;
				remaining -= take;
				if (take < room) {
					open[stillOpen++] = i;
				}
			}
			if (stillOpen == openCount && remaining > 0) {
				throw new IllegalStateException("apportioning did not progress");
			}
			openCount = stillOpen;
		}
		return result;
	}

	/**
	 * Adds one to the {@code extra} largest remainders, ties to the lower position: everything above the
	 * {@code extra}-th largest remainder, then positions with exactly that remainder in ascending order.
	 */
	private static void giveToLargestRemainders(int[] share, double[] remainder, int count, int extra) {
		if (extra <= 0) {
			return;
		}
		if (extra >= count) {
			// only through rounding error: everyone gets one, the first position the rest
			for (int k = 0; k < count; k++) {
				share[k]++;
			}
			share[0] += extra - count;
			return;
		}
		double[] sorted = Arrays.copyOf(remainder, count);
		Arrays.sort(sorted);
		double threshold = sorted[count - extra];
		int above = 0;
		for (int k = 0; k < count; k++) {
			if (remainder[k] > threshold) {
				share[k]++;
				above++;
			}
		}
		for (int k = 0, atThreshold = extra - above; k < count && atThreshold > 0; k++) {
			if (remainder[k] == threshold) {
				share[k]++;
				atThreshold--;
			}
		}
	}
}
