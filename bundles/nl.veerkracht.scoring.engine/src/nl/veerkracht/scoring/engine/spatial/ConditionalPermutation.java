package nl.veerkracht.scoring.engine.spatial;

import java.util.SplittableRandom;

/**
 * The conditional permutation test of {@link LocalMoran}: for one region, its own value stays fixed and its
 * neighbours' values are replaced, {@code permutations} times, by as many values drawn uniformly without
 * replacement from all other regions (a partial Fisher-Yates shuffle of a pool holding the others' values).
 * <p>
 * Not thread-safe: one instance per thread, each region with its own generator; the pool is refilled for
 * every region, so a region's result depends only on its own generator, not on the regions before it.
 */
final class ConditionalPermutation {

	private final double[] z;
	private final int permutations;
	private final double[] pool;

	/**
	 * @param z            the deviations from the mean of all regions that take part
	 * @param permutations the number of permutations per region
	 */
	ConditionalPermutation(double[] z, int permutations) {
		this.z = z;
		this.permutations = permutations;
		pool = new double[Math.max(z.length - 1, 0)];
	}

	/**
	 * Computes a region's pseudo-p value.
	 *
	 * @param self     the region's position in {@code z}
	 * @param draws    its number of neighbours, at most {@code z.length - 1}
	 * @param factor   {@code z[self] / m2}: the permuted statistic is {@code factor * mean of the drawn values}
	 * @param observed the observed statistic
	 * @param random   the region's own generator
	 * @return {@code (min(count, permutations - count) + 1) / (permutations + 1)}, with {@code count} the number
	 *         of permuted statistics at or above the observed one
	 */
	double pseudoP(int self, int draws, double factor, double observed, SplittableRandom random) {
		System.arraycopy(z, 0, pool, 0, self);
		System.arraycopy(z, self + 1, pool, self, pool.length - self);
		int atLeast = 0;
		for (int p = 0; p < permutations; p++) {
			if (factor * (randomSum(draws, random) / draws) >= observed) {
				atLeast++;
			}
		}
		int count = Math.min(atLeast, permutations - atLeast);
		return (count + 1) / (permutations + 1.0);
	}

	/**
	 * Moves {@code draws} values, drawn uniformly without replacement, to the front of the pool and sums them. A
	 * method of its own, called once per permutation, so that the JIT compiles it after a few hundred calls
	 * rather than waiting on a region's whole loop, which matters in the first run of a fresh JVM.
	 */
	private double randomSum(int draws, SplittableRandom random) {
		double[] values = pool;
		double sum = 0;
		for (int d = 0; d < draws; d++) {
			int pick = d + below(random, values.length - d);
			double chosen = values[pick];
			values[pick] = values[d];
			values[d] = chosen;
			sum += chosen;
		}
		return sum;
	}

	/**
	 * Draws an int uniformly from {@code [0, bound)}: Lemire's multiply-and-shift with rejection ("Fast random
	 * integer generation in an interval", ACM TOMACS 2019) on 64-bit values, exactly uniform like
	 * {@link SplittableRandom#nextInt(int)} but without its division on every draw. The rejection step runs
	 * with probability below {@code bound / 2^64}, i.e. practically never, so the JIT's code for the draw is never
	 * thrown away for a branch it had not seen (which the 32-bit variant, rejecting once in about a million
	 * draws, caused in the middle of the first run).
	 *
	 * @param random the generator
	 * @param bound  the bound, positive
	 * @return the int
	 */
	static int below(SplittableRandom random, int bound) {
		long value = random.nextLong();
		long low = value * bound;
		if (Long.compareUnsigned(low, bound) < 0) {
			return belowSlowly(random, bound, value, low);
		}
		return (int) Math.unsignedMultiplyHigh(value, bound);
	}

	private static int belowSlowly(SplittableRandom random, int bound, long value, long low) {
		long threshold = Long.remainderUnsigned(-bound, bound);
		while (Long.compareUnsigned(low, threshold) < 0) {
			value = random.nextLong();
			low = value * bound;
		}
		return (int) Math.unsignedMultiplyHigh(value, bound);
	}
}
