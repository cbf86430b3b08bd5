package nl.veerkracht.stad.internal;

import java.util.Arrays;
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
	private final int[] byWeight;
	private final double total;

	/** @param weights the weight of every buurt, &ge; 0 */
	VacancyAllocator(double[] weights) {
		this.weights = weights;
		int[] positive = new int[weights.length];
		int count = 0;
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] > 0) {
				positive[count++] = i;
				sum += weights[i];
			}
		}
		byWeight = Arrays.copyOf(positive, count);
		sortByWeight(byWeight, weights);
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

		Cells cells = new Cells(pooled + groups); // {group, buurt, households}, a pair may occur more than once
		Cells candidates = new Cells(2 * pooled + 3 * groups); // {group, buurt, fractional share}
		int[] missing = new int[groups];
		int[] need = target.clone();
		for (int g = 0; g < groups; g++) {
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
				cells.add(g, c, floor, 0);
				candidates.add(g, c, 0, q - Math.floor(q));
			}
			missing[g] = households[g] - assigned;
			for (int taken = 0; position < byWeight.length && taken < missing[g] + 2; position++) {
				int c = byWeight[position];
				if (c != origins[g]) {
					candidates.add(g, c, 0, perWeight[g] * weights[c]);
					taken++;
				}
			}
		}
		for (long cell : candidates.byFractionGroupBuurt(groups, n)) {
			int g = (int) (cell >>> 32);
			int c = (int) cell;
			if (missing[g] > 0 && need[c] > 0) {
				cells.add(g, c, 1, 0);
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
					cells.add(g, c, take, 0);
					missing[g] -= take;
					need[c] -= take;
				}
			}
		}
		return cells.placements(groups, n);
	}

	/** Orders buurten by descending weight, ties by ascending index. */
	private static void sortByWeight(int[] buurten, double[] weights) {
		int count = buurten.length;
		double[] values = new double[count];
		long[] ids = new long[count];
		for (int k = 0; k < count; k++) {
			values[k] = weights[buurten[k]];
			ids[k] = buurten[k];
		}
		int[] order = IndexSort.byDescendingValue(values, ids, count);
		for (int k = 0; k < count; k++) {
			buurten[k] = (int) ids[order[k]];
		}
	}

	/** A growing list of (group, buurt, count, fraction) cells on primitive arrays. */
	private static final class Cells {
		int size;
		int[] group;
		int[] buurt;
		int[] count;
		double[] fraction;

		Cells(int expected) {
			int capacity = Math.max(16, expected);
			group = new int[capacity];
			buurt = new int[capacity];
			count = new int[capacity];
			fraction = new double[capacity];
		}

		void add(int g, int c, int households, double share) {
			if (size == group.length) {
				int capacity = 2 * size;
				group = Arrays.copyOf(group, capacity);
				buurt = Arrays.copyOf(buurt, capacity);
				count = Arrays.copyOf(count, capacity);
				fraction = Arrays.copyOf(fraction, capacity);
			}
			group[size] = g;
			buurt[size] = c;
			count[size] = households;
			fraction[size] = share;
			size++;
		}

		/**
		 * @param groups the number of groups
		 * @param n      the number of buurten
		 * @return the cells as {@code group << 32 | buurt}, ordered by descending fraction, then group, then buurt
		 */
		long[] byFractionGroupBuurt(int groups, int n) {
			long[] ids = new long[size];
			for (int k = 0; k < size; k++) {
				ids[k] = (long) group[k] << 32 | buurt[k]; // ascending ids: by group, then buurt
			}
			int[] order = IndexSort.byDescendingValue(fraction, ids, size);
			long[] result = new long[size];
			for (int k = 0; k < size; k++) {
				result[k] = ids[order[k]];
			}
			return result;
		}

		int[] positions() {
			int[] positions = new int[size];
			for (int k = 0; k < size; k++) {
				positions[k] = k;
			}
			return positions;
		}

		/**
		 * @param groups the number of groups
		 * @param n      the number of buurten
		 * @return per group the households summed per receiving buurt, ascending, without zeros
		 */
		Placement[] placements(int groups, int n) {
			int buurtBits = IndexSort.bits(n);
			int groupBits = IndexSort.bits(groups);
			long[] cells = new long[size]; // group, buurt and households, in that order of significance
			if (groupBits + buurtBits + 31 <= 63) {
				for (int k = 0; k < size; k++) {
					cells[k] = (((long) group[k] << buurtBits | buurt[k]) << 31) | count[k];
				}
				Arrays.sort(cells);
			} else {
				int[] order = positions();
				IndexSort.sort(order, size, (x, y) -> {
					int byGroup = Integer.compare(group[x], group[y]);
					return byGroup != 0 ? byGroup : Integer.compare(buurt[x], buurt[y]);
				});
				return placementsInOrder(groups, order);
			}
			Placement[] placements = new Placement[groups];
			int[] receivers = new int[size];
			int[] counts = new int[size];
			long buurtMask = (1L << buurtBits) - 1;
			int k = 0;
			for (int g = 0; g < groups; g++) {
				int used = 0;
				while (k < size && (int) (cells[k] >>> (31 + buurtBits)) == g) {
					int c = (int) (cells[k] >>> 31 & buurtMask);
					int sum = 0;
					while (k < size && cells[k] >>> 31 == ((long) g << buurtBits | c)) {
						sum += (int) (cells[k] & Integer.MAX_VALUE);
						k++;
					}
					if (sum != 0) {
						receivers[used] = c;
						counts[used] = sum;
						used++;
					}
				}
				placements[g] = new Placement(Arrays.copyOf(receivers, used), Arrays.copyOf(counts, used));
			}
			return placements;
		}

		/** As {@link #placements(int, int)} from positions ordered by group and buurt. */
		private Placement[] placementsInOrder(int groups, int[] order) {
			Placement[] placements = new Placement[groups];
			int[] receivers = new int[size];
			int[] counts = new int[size];
			int k = 0;
			for (int g = 0; g < groups; g++) {
				int used = 0;
				while (k < size && group[order[k]] == g) {
					int c = buurt[order[k]];
					int sum = 0;
					while (k < size && group[order[k]] == g && buurt[order[k]] == c) {
						sum += count[order[k]];
						k++;
					}
					if (sum != 0) {
						receivers[used] = c;
						counts[used] = sum;
						used++;
					}
				}
				placements[g] = new Placement(Arrays.copyOf(receivers, used), Arrays.copyOf(counts, used));
			}
			return placements;
		}
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
