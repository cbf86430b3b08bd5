package nl.veerkracht.stad.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Splitting households to the household, with capacities. */
class LargestRemainderTest {

	@Test
	void splitsInProportionAndGivesTheRestToTheLargestRemainders() {
		// 7 * 2/3 = 4.67, 7 * 1/3 = 2.33
		assertArrayEquals(new int[] { 5, 2 }, LargestRemainder.apportion(7, new double[] { 200, 100 }, null));
		assertArrayEquals(new int[] { 0, 4, 3 }, LargestRemainder.apportion(7, new double[] { 0, 1, 1 }, null));
	}

	@Test
	void aFullRecipientPassesTheRestOnAndNothingExceedsTheCapacity() {
		// 30 over weights 1:1:1 with the first capped at 4: 4, then 26 over two: 13 and 13
		assertArrayEquals(new int[] { 4, 13, 13 }, LargestRemainder.apportion(30, new double[] { 1, 1, 1 },
				new int[] { 4, 100, 100 }));
		// not enough room anywhere: every recipient full, 3 households left over
		assertArrayEquals(new int[] { 2, 5 }, LargestRemainder.apportion(10, new double[] { 1, 1 }, new int[] { 2, 5 }));
	}

	@Test
	void manyRecipientsWithTiesGetTheSplitOfTheOneByOneRule() {
		// the rule written out: hand the households left over one by one to the largest remainder, ties to the
		// lower index; the fast selection must give the same split, also with many equal weights
		SplittableRandom random = new SplittableRandom(5);
		for (int round = 0; round < 200; round++) {
			int n = 1 + random.nextInt(400);
			double[] weights = new double[n];
			int[] caps = new int[n];
			for (int i = 0; i < n; i++) {
				weights[i] = random.nextInt(5) == 0 ? 0 : random.nextInt(1, 8) * (random.nextBoolean() ? 1 : 0.37);
				caps[i] = random.nextInt(1, 60);
			}
			int total = random.nextInt(5000);
			assertArrayEquals(oneByOne(total, weights, null), LargestRemainder.apportion(total, weights, null), "round " + round);
			assertArrayEquals(oneByOne(total, weights, caps), LargestRemainder.apportion(total, weights, caps), "round " + round);
		}
	}

	private static int[] oneByOne(int total, double[] weights, int[] caps) {
		int[] result = new int[weights.length];
		int remaining = total;
		java.util.List<Integer> open = new java.util.ArrayList<>();
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
			java.util.List<Integer> stillOpen = new java.util.ArrayList<>();
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
			open = stillOpen;
		}
		return result;
	}
}
