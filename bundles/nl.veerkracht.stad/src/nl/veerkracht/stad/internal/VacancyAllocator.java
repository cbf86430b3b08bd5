package nl.veerkracht.stad.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Splits the vulnerable households sent away from one buurt over the other buurten of one segment and year, in
 * proportion to fixed weights (vacancies × (1 − own redirect fraction)), to the household by largest remainder
 * (ties to the lower buurt index), never beyond a buurt's room.
 * <p>
 * A few households spread over thousands of buurten only touch the buurten whose share is at least one household
 * plus as many as there are households left to hand out; since the buurten are sorted by weight once, one split
 * costs about the number of households sent, not the number of buurten. When a buurt's room would be exceeded the
 * split falls back to {@link LargestRemainder#apportion} with capacities.
 */
final class VacancyAllocator {

	private final double[] weights;
	private final Integer[] byWeight;
	private final double total;

	/** @param weights the weight of every buurt, &ge; 0 */
	VacancyAllocator(double[] weights) {
		this.weights = weights;
		List<Integer> positive = new ArrayList<>();
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] > 0) {
				positive.add(i);
				sum += weights[i];
			}
		}
		byWeight = positive.toArray(Integer[]::new);
		Arrays.sort(byWeight, Comparator.comparingDouble((Integer i) -> -weights[i]).thenComparingInt(i -> i));
		total = sum;
	}

	/**
	 * @param origin     the buurt the households leave (receives nothing)
	 * @param households the households to place
	 * @param room       the room of a buurt by index
	 * @return the buurten that receive households and how many; the sum is {@code households} unless the room
	 *         runs out
	 */
	Placement allocate(int origin, int households, IntUnaryOperator room) {
		double others = total - weights[origin];
		if (households == 0 || byWeight.length == 0 || !(others > 0)) {
			return new Placement(new int[0], new int[0]);
		}
		List<int[]> shares = new ArrayList<>(); // {buurt, households}
		List<Double> remainders = new ArrayList<>();
		int assigned = 0;
		int position = 0;
		for (; position < byWeight.length; position++) {
			int i = byWeight[position];
			if (i == origin) {
				continue;
			}
			double quota = households * weights[i] / others;
			if (quota < 1) {
				break;
			}
			int floor = (int) Math.floor(quota);
			shares.add(new int[] { i, floor });
			remainders.add(quota - floor);
			assigned += floor;
		}
		int extra = households - assigned;
		for (int taken = 0; position < byWeight.length && taken < extra; position++) {
			int i = byWeight[position];
			if (i != origin) {
				shares.add(new int[] { i, 0 });
				remainders.add(households * weights[i] / others);
				taken++;
			}
		}
		Integer[] order = new Integer[shares.size()];
		for (int k = 0; k < order.length; k++) {
			order[k] = k;
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -remainders.get(k))
				.thenComparingInt(k -> shares.get(k)[0]));
		for (int k = 0; k < extra && k < order.length; k++) {
			shares.get(order[k])[1]++;
		}
		for (int[] share : shares) {
			if (share[1] > room.applyAsInt(share[0])) {
				return denseWithRoom(origin, households, room);
			}
		}
		int[] buurten = new int[shares.size()];
		int[] counts = new int[shares.size()];
		for (int k = 0; k < buurten.length; k++) {
			buurten[k] = shares.get(k)[0];
			counts[k] = shares.get(k)[1];
		}
		return new Placement(buurten, counts);
	}

	private Placement denseWithRoom(int origin, int households, IntUnaryOperator room) {
		double[] withoutOrigin = weights.clone();
		withoutOrigin[origin] = 0;
		int[] caps = new int[weights.length];
		for (int i = 0; i < caps.length; i++) {
			caps[i] = i == origin ? 0 : Math.max(0, room.applyAsInt(i));
		}
		int[] placed = LargestRemainder.apportion(households, withoutOrigin, caps);
		int[] buurten = java.util.stream.IntStream.range(0, placed.length).filter(i -> placed[i] > 0).toArray();
		int[] counts = Arrays.stream(buurten).map(i -> placed[i]).toArray();
		return new Placement(buurten, counts);
	}

	/**
	 * Where the households went.
	 *
	 * @param buurten the receiving buurt indices
	 * @param counts  the households each receives, in the same order
	 */
	record Placement(int[] buurten, int[] counts) {
	}
}
