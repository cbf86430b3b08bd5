package nl.veerkracht.stad.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The sparse split gives what the full largest-remainder split gives, and respects the room of a buurt. */
class VacancyAllocatorTest {

	private static int[] dense(VacancyAllocator.Placement placement, int size) {
		int[] result = new int[size];
		for (int k = 0; k < placement.buurten().length; k++) {
			result[placement.buurten()[k]] += placement.counts()[k];
		}
		return result;
	}

	@Test
	void aSmallSplitOverManyBuurtenEqualsTheFullLargestRemainderSplit() {
		SplittableRandom random = new SplittableRandom(3);
		double[] weights = new double[500];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 300);
		}
		VacancyAllocator allocator = new VacancyAllocator(weights);
		for (int origin : new int[] { 0, 17, 499 }) {
			for (int households : new int[] { 1, 7, 60, 2500 }) {
				double[] withoutOrigin = weights.clone();
				withoutOrigin[origin] = 0;
				int[] expected = LargestRemainder.apportion(households, withoutOrigin, null);
				assertArrayEquals(expected, dense(allocator.allocate(origin, households, i -> Integer.MAX_VALUE), 500),
						origin + " " + households);
			}
		}
	}

	@Test
	void aFullBuurtPassesItsShareOn() {
		// 30 from buurt 0 over buurten 1 (weight 200, room 5) and 2 (weight 100): 5 and 25
		VacancyAllocator allocator = new VacancyAllocator(new double[] { 50, 200, 100 });
		int[] room = { 0, 5, 100 };
		assertArrayEquals(new int[] { 0, 5, 25 }, dense(allocator.allocate(0, 30, i -> room[i]), 3));
	}
}
