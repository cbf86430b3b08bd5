package nl.veerkracht.stad.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A single origin is split as the full largest-remainder split; many origins are split jointly, so that the
 * receivers get their pooled share to the household while every origin places exactly its households.
 */
class VacancyAllocatorTest {

	private static int[] dense(VacancyAllocator.Placement placement, int size) {
		int[] result = new int[size];
		for (int k = 0; k < placement.buurten().length; k++) {
			result[placement.buurten()[k]] += placement.counts()[k];
		}
		return result;
	}

	private static int[] received(VacancyAllocator.Placement[] placements, int size) {
		int[] result = new int[size];
		for (VacancyAllocator.Placement placement : placements) {
			int[] one = dense(placement, size);
			for (int c = 0; c < size; c++) {
				result[c] += one[c];
			}
		}
		return result;
	}

	@Test
	void aSingleOriginIsSplitAsTheFullLargestRemainderSplit() {
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
				VacancyAllocator.Placement[] placements = allocator.allocate(new int[] { origin },
						new int[] { households }, i -> Integer.MAX_VALUE);
				assertArrayEquals(expected, dense(placements[0], 500), origin + " " + households);
			}
		}
	}

	@Test
	void aFullBuurtPassesItsShareOn() {
		// 30 from buurt 0 over buurten 1 (weight 200, room 5) and 2 (weight 100): 5 and 25
		VacancyAllocator allocator = new VacancyAllocator(new double[] { 50, 200, 100 });
		int[] room = { 0, 5, 100 };
		VacancyAllocator.Placement[] placements = allocator.allocate(new int[] { 0 }, new int[] { 30 }, i -> room[i]);
		assertArrayEquals(new int[] { 0, 5, 25 }, dense(placements[0], 3));
	}

	/** 50 origins (weight 0) each send 1 household; destinations 50, 51 and 52 have weight 10 each. */
	private static VacancyAllocator.Placement[] fiftySingleHouseholds(int roomPerDestination) {
		double[] weights = new double[53];
		Arrays.fill(weights, 50, 53, 10);
		int[] origins = new int[50];
		int[] households = new int[50];
		for (int g = 0; g < 50; g++) {
			origins[g] = g;
			households[g] = 1;
		}
		return new VacancyAllocator(weights).allocate(origins, households, c -> c >= 50 ? roomPerDestination : 0);
	}

	@Test
	void manyOriginsOfOneHouseholdAreSpreadEvenlyNotAllToTheFirstDestination() {
		// per origin every destination has a share of 1/3; split per origin, all 50 went to destination 50
		VacancyAllocator.Placement[] placements = fiftySingleHouseholds(100);
		int[] received = received(placements, 53);
		for (int c = 50; c < 53; c++) {
			assertTrue(Math.abs(received[c] - 50 / 3.0) < 1, c + " got " + received[c]);
		}
		assertArrayEquals(new int[] { 17, 17, 16 }, Arrays.copyOfRange(received, 50, 53));
		for (int g = 0; g < 50; g++) {
			assertEquals(1, Arrays.stream(placements[g].counts()).sum(), "origin " + g);
			assertEquals(1, placements[g].counts().length, "origin " + g);
		}
	}

	@Test
	void manyOriginsIntoTenVacanciesEachFillEveryDestinationEqually() {
		// 50 households, 3 × 10 vacancies: each destination is filled, 20 households find no room
		VacancyAllocator.Placement[] placements = fiftySingleHouseholds(10);
		int[] received = received(placements, 53);
		assertArrayEquals(new int[] { 10, 10, 10 }, Arrays.copyOfRange(received, 50, 53));
		int placed = 0;
		for (int g = 0; g < 50; g++) {
			int sum = Arrays.stream(placements[g].counts()).sum();
			assertTrue(sum == 0 || sum == 1, "origin " + g + " placed " + sum);
			placed += sum;
		}
		assertEquals(30, placed);
	}

	@Test
	void jointSplitConservesEveryOriginAndRoundsEveryReceiverToItsPooledShare() {
		SplittableRandom random = new SplittableRandom(11);
		double[] weights = new double[120];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(1, 80);
		}
		double total = Arrays.stream(weights).sum();
		int[] origins = new int[70];
		int[] households = new int[70];
		double[] pooled = new double[weights.length];
		int sent = 0;
		for (int g = 0; g < origins.length; g++) {
			origins[g] = random.nextInt(weights.length);
			households[g] = random.nextInt(0, 6);
			sent += households[g];
			for (int c = 0; c < weights.length; c++) {
				if (c != origins[g]) {
					pooled[c] += households[g] * weights[c] / (total - weights[origins[g]]);
				}
			}
		}
		VacancyAllocator.Placement[] placements = new VacancyAllocator(weights).allocate(origins, households,
				c -> Integer.MAX_VALUE);
		for (int g = 0; g < origins.length; g++) {
			int[] one = dense(placements[g], weights.length);
			assertEquals(households[g], Arrays.stream(one).sum(), "origin " + g);
			assertEquals(0, one[origins[g]], "origin " + g + " receives from itself");
		}
		int[] received = received(placements, weights.length);
		assertEquals(sent, Arrays.stream(received).sum());
		for (int c = 0; c < weights.length; c++) {
			assertTrue(Math.abs(received[c] - pooled[c]) < 1, c + ": " + received[c] + " for " + pooled[c]);
		}
	}
}
