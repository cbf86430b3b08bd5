package nl.veerkracht.stad.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a whole number of households over recipients in proportion to weights, to the household: the shares
 * are rounded down and the households left over go to the largest remainders (ties to the lower index). Each
 * recipient may have a capacity; what a full recipient cannot take is split again over the others. Deterministic.
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
		List<Integer> open = new ArrayList<>();
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] > 0 && (caps == null || caps[i] > 0)) {
				open.add(i);
			}
		}
		while (remaining > 0 && !open.isEmpty()) {
			double weightSum = 0;
			for (int i : open) {
				weightSum += weights[i];
			}
			int[] share = new int[open.size()];
			double[] remainder = new double[open.size()];
			int assigned = 0;
			for (int k = 0; k < open.size(); k++) {
				double quota = remaining * weights[open.get(k)] / weightSum;
				share[k] = (int) Math.floor(quota);
				remainder[k] = quota - share[k];
				assigned += share[k];
			}
			for (int extra = remaining - assigned; extra > 0; extra--) {
				int best = 0;
				for (int k = 1; k < open.size(); k++) {
					if (remainder[k] > remainder[best]) {
						best = k;
					}
				}
				share[best]++;
				remainder[best] = -1;
			}
			List<Integer> stillOpen = new ArrayList<>();
			for (int k = 0; k < open.size(); k++) {
				int i = open.get(k);
				int room = caps == null ? Integer.MAX_VALUE : caps[i] - result[i];
				int take = Math.min(share[k], room);
				result[i] += take;
				remaining -= take;
				if (take < room) {
					stillOpen.add(i);
				}
			}
			if (stillOpen.size() == open.size() && remaining > 0) {
				throw new IllegalStateException("apportioning did not progress");
			}
			open = stillOpen;
		}
		return result;
	}
}
