package nl.veerkracht.stad.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
