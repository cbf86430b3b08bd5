package nl.veerkracht.gis.render.bench;

import java.util.Arrays;

/**
 * The timings of one benchmark case in milliseconds: the measured runs after the warm-ups, plus the very
 * first run in this process (cold: classes loaded and code interpreted for the first time), if there was one.
 */
final class Samples {

	private final double[] values;
	private final double cold;
	private int count;

	/**
	 * @param capacity the number of measured runs
	 */
	Samples(int capacity) {
		this(capacity, Double.NaN);
	}

	private Samples(int capacity, double cold) {
		this.values = new double[capacity];
		this.cold = cold;
	}

	/**
	 * @param capacity the number of measured runs
	 * @param cold the first run in this process, in milliseconds
	 * @return empty samples that remember the cold run
	 */
	static Samples withCold(int capacity, double cold) {
		return new Samples(capacity, cold);
	}

	/** @param milliseconds one measured run */
	void add(double milliseconds) {
		values[count++] = milliseconds;
	}

	/** @param nanos one measured run, in nanoseconds */
	void addNanos(long nanos) {
		add(nanos / 1e6);
	}

	/** @return whether no run was measured */
	boolean isEmpty() {
		return count == 0;
	}

	/** @return the median of the measured runs */
	double median() {
		return percentile(50);
	}

	/** @return the 95th percentile (nearest rank) of the measured runs */
	double p95() {
		return percentile(95);
	}

	/** @return the first run in this process, or NaN if it was not recorded */
	double cold() {
		return cold;
	}

	private double percentile(int percent) {
		if (count == 0) {
			return Double.NaN;
		}
		double[] sorted = Arrays.copyOf(values, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * count);
		return sorted[Math.max(0, rank - 1)];
	}
}
