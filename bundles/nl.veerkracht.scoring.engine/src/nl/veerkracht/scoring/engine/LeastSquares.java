package nl.veerkracht.scoring.engine;

/**
 * Ordinary least-squares slope of values over years, skipping missing (NaN) values.
 */
public final class LeastSquares {

	private LeastSquares() {
	}

	/**
	 * Returns the slope per year.
	 *
	 * @param years  the years
	 * @param values one value per year, NaN when missing
	 * @return {@code sum((t - tMean)(y - yMean)) / sum((t - tMean)^2)} over the available points; NaN with fewer
	 *         than two
	 */
	public static double slope(int[] years, double[] values) {
		return fit(years, values)[0];
	}

	/**
	 * Returns the standard error of the slope.
	 *
	 * @param years  the years
	 * @param values one value per year, NaN when missing
	 * @return {@code sqrt(sum(residual^2) / (k - 2) / sum((t - tMean)^2))}; NaN with fewer than three points
	 */
	public static double standardError(int[] years, double[] values) {
		return fit(years, values)[1];
	}

	/**
	 * Fits once for both results.
	 *
	 * @param years  the years
	 * @param values one value per year, NaN when missing
	 * @return {@code {slope, standard error}}, each NaN where undefined (see {@link #slope} and
	 *         {@link #standardError})
	 */
	static double[] fit(int[] years, double[] values) {
		int k = 0;
		double tSum = 0;
		double ySum = 0;
		for (int i = 0; i < years.length; i++) {
			if (!Double.isNaN(values[i])) {
				k++;
				tSum += years[i];
				ySum += values[i];
			}
		}
		if (k < 2) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double tMean = tSum / k;
		double yMean = ySum / k;
		double sxy = 0;
		double sxx = 0;
		for (int i = 0; i < years.length; i++) {
			if (!Double.isNaN(values[i])) {
				sxy += (years[i] - tMean) * (values[i] - yMean);
				sxx += (years[i] - tMean) * (years[i] - tMean);
			}
		}
		double slope = sxy / sxx;
		if (k < 3) {
			return new double[] { slope, Double.NaN };
		}
		double residuals = 0;
		for (int i = 0; i < years.length; i++) {
			if (!Double.isNaN(values[i])) {
				double residual = values[i] - (yMean + slope * (years[i] - tMean));
				residuals += residual * residual;
			}
		}
		return new double[] { slope, Math.sqrt(residuals / (k - 2) / sxx) };
	}
}
