package nl.veerkracht.stad.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Splits the vulnerable households sent away from many buurten over the other buurten of one segment and year
 * jointly, in proportion to fixed weights (vacancies × (1 − own redirect fraction)), to the household.
 * <p>
 * Every origin's households have an exact proportional share in every other buurt. The pooled share of a
 * receiving buurt (summed over all origins) is rounded by largest remainder over the receiving buurten (ties to
 * the lower index), never beyond its room; then every origin's shares are rounded down and the households left
 * over are handed out one per (origin, receiver) pair, largest fractional share first, to the receivers that
 * still lack households of their rounded total. So every origin places all its households (unless the room runs
 * out), every receiver gets its jointly rounded total, and per origin no receiver is rounded towards one buurt
 * just because it has the most vacancies. Deterministic.
 * <p>
 * Per origin only the buurten whose share is at least one household, and a few more in order of weight, are
 * looked at, so one split costs about the households sent rather than origins × buurten.
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
	 * @param origins    the buurt each sending group leaves (it receives nothing of that group); a buurt may
	 *                   appear more than once
	 * @param households the households of each group, in the same order
	 * @param room       the room of a buurt by index before this split
	 * @return per group where its households went; a group's sum is its households unless the room runs out
	 */
	Placement[] allocate(int[] origins, int[] households, IntUnaryOperator room) {
		int groups = origins.length;
		int n = weights.length;
		double[] perWeight = new double[groups]; // households / weight of the other buurten
		double pooledPerWeight = 0;
		double[] ownShare = new double[n]; // the pooled share a buurt would get of groups it sends itself
		int pooled = 0;
		for (int g = 0; g < groups; g++) {
			double others = total - weights[origins[g]];
			if (households[g] > 0 && others > 0) {
				perWeight[g] = households[g] / others;
				pooledPerWeight += perWeight[g];
				ownShare[origins[g]] += perWeight[g];
				pooled += households[g];
			}
		}
		double[] quota = new double[n];
		int[] caps = new int[n];
		for (int c = 0; c < n; c++) {
			quota[c] = weights[c] > 0 ? Math.max(0, weights[c] * (pooledPerWeight - ownShare[c])) : 0;
			caps[c] = Math.max(0, room.applyAsInt(c));
		}
		int[] target = LargestRemainder.apportion(pooled, quota, caps);

		List<List<int[]>> cells = new ArrayList<>(); // per group {buurt, households}
		List<double[]> candidates = new ArrayList<>(); // {group, buurt, fractional share}
		int[] missing = new int[groups];
		int[] need = target.clone();
		for (int g = 0; g < groups; g++) {
			List<int[]> row = new ArrayList<>();
			cells.add(row);
			if (perWeight[g] == 0) {
				continue;
			}
			int assigned = 0;
			int position = 0;
			for (; position < byWeight.length; position++) {
				int c = byWeight[position];
				if (c == origins[g]) {
					continue;
				}
				double q = perWeight[g] * weights[c];
				if (q < 1) {
					break;
				}
				int floor = Math.min((int) Math.floor(q), need[c]);
				need[c] -= floor;
				assigned += floor;
				row.add(new int[] { c, floor });
				candidates.add(new double[] { g, c, q - Math.floor(q) });
			}
			missing[g] = households[g] - assigned;
			for (int taken = 0; position < byWeight.length && taken < missing[g] + 2; position++) {
				int c = byWeight[position];
				if (c != origins[g]) {
					candidates.add(new double[] { g, c, perWeight[g] * weights[c] });
					taken++;
				}
			}
		}
		candidates.sort(Comparator.comparingDouble((double[] cell) -> -cell[2]).thenComparingDouble(cell -> cell[0])
				.thenComparingDouble(cell -> cell[1]));
		for (double[] cell : candidates) {
			int g = (int) cell[0];
			int c = (int) cell[1];
			if (missing[g] > 0 && need[c] > 0) {
				add(cells.get(g), c, 1);
				missing[g]--;
				need[c]--;
			}
		}
		// what the largest fractional shares could not place goes to receivers still short of their total, then
		// (only when rooms cut the totals) to any receiver with room left
		for (int pass = 0; pass < 2; pass++) {
			for (int g = 0; g < groups; g++) {
				for (int position = 0; position < byWeight.length && missing[g] > 0; position++) {
					int c = byWeight[position];
					int free = pass == 0 ? need[c] : caps[c] - (target[c] - need[c]);
					if (c == origins[g] || free <= 0) {
						continue;
					}
					int take = Math.min(free, missing[g]);
					add(cells.get(g), c, take);
					missing[g] -= take;
					need[c] -= take;
				}
			}
		}
		Placement[] placements = new Placement[groups];
		for (int g = 0; g < groups; g++) {
			List<int[]> row = cells.get(g);
			row.removeIf(cell -> cell[1] == 0);
			row.sort(Comparator.comparingInt(cell -> cell[0]));
			placements[g] = new Placement(row.stream().mapToInt(cell -> cell[0]).toArray(),
					row.stream().mapToInt(cell -> cell[1]).toArray());
		}
		return placements;
	}

	private static void add(List<int[]> row, int c, int count) {
		for (int[] cell : row) {
			if (cell[0] == c) {
				cell[1] += count;
				return;
			}
		}
		row.add(new int[] { c, count });
	}

	/**
	 * Where the households of one group went.
	 *
	 * @param buurten the receiving buurt indices, ascending
	 * @param counts  the households each receives, in the same order
	 */
	record Placement(int[] buurten, int[] counts) {
	}
}
