package nl.veerkracht.gis.core.style.classify;

/**
 * Jenks natural breaks: the classic dynamic programme that finds the breaks minimising the total sum of
 * squared deviations from the class means. It works on the distinct values weighted by how often they
 * occur, so a break never falls between equal values; O(k·d²) for k classes and d distinct values.
 */
final class NaturalBreaks {

	private NaturalBreaks() {
	}

	/**
	 * Computes the upper bounds of the classes.
	 *
	 * @param sorted the values, ascending, at least one, no NaN
	 * @param classes the number of classes, from 1 up to the number of distinct values
	 * @return the upper bounds, strictly ascending, the last one the maximum
	 */
	static double[] breaks(double[] sorted, int classes) {
		int n = sorted.length;
		double[] distinct = new double[n];
		long[] weight = new long[n];
		int d = 0;
		for (double value : sorted) {
			if (d > 0 && distinct[d - 1] == value) {
				weight[d - 1]++;
			} else {
				distinct[d] = value;
				weight[d++] = 1;
			}
		}
		double mean = 0;
		for (double value : sorted) {
			mean += value / n;
		}
		// Prefix sums of the weights, the (centred) values and their squares over the first i distinct values.
		double[] w = new double[d + 1];
		double[] s = new double[d + 1];
		double[] q = new double[d + 1];
		for (int i = 0; i < d; i++) {
			double x = distinct[i] - mean;
			w[i + 1] = w[i] + weight[i];
			s[i + 1] = s[i] + weight[i] * x;
			q[i + 1] = q[i] + weight[i] * x * x;
		}
		// cost[j][i]: least squared deviation of distinct values 0..i in j + 1 classes; start[j][i]: where
		// the last of those classes starts.
		double[][] cost = new double[classes][d];
		int[][] start = new int[classes][d];
		for (int i = 0; i < d; i++) {
			cost[0][i] = deviation(w, s, q, 0, i);
		}
		for (int j = 1; j < classes; j++) {
			for (int i = j; i < d; i++) {
				double best = Double.POSITIVE_INFINITY;
				int bestStart = j;
				for (int m = j; m <= i; m++) {
					double candidate = cost[j - 1][m - 1] + deviation(w, s, q, m, i);
					if (candidate < best) {
						best = candidate;
						bestStart = m;
					}
				}
				cost[j][i] = best;
				start[j][i] = bestStart;
			}
		}
		double[] breaks = new double[classes];
		breaks[classes - 1] = distinct[d - 1];
		int last = d - 1;
		for (int j = classes - 1; j > 0; j--) {
			int first = start[j][last];
			breaks[j - 1] = distinct[first - 1];
			last = first - 1;
		}
		return breaks;
	}

	private static double deviation(double[] w, double[] s, double[] q, int from, int to) {
		double weight = w[to + 1] - w[from];
		double sum = s[to + 1] - s[from];
		return Math.max(0, q[to + 1] - q[from] - sum * sum / weight);
	}
}
