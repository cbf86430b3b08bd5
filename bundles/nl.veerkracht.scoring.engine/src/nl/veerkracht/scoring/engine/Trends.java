package nl.veerkracht.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Trends over two or more years, relative to the gemeente, with an early-warning flag.
 * <ul>
 * <li>The composite of every year is computed on one scale: the indicators are normalised against the
 * reference pooled over all trend years (see {@link Normaliser}); normalising each year on its own would
 * make the gemeente's mean zero every year and hide its change.</li>
 * <li>Slopes are ordinary least squares per year ({@link LeastSquares}) over the years with a value.</li>
 * <li>The gemeente's own change is the mean of the slopes of its regions that have one (equal to the slope of
 * its mean composite when no year is missing); the relative slope is the region's minus the gemeente's.</li>
 * <li>Early warning: the composite rises ({@code slope > 0}) and faster than the gemeente by more than
 * {@link TrendParameters#minRelativeSlope()}. It comes with its {@link Uncertainty uncertainties}: few years,
 * a small population, changes within CBS rounding, or a relative slope inside its own standard error. It is a
 * reason to look closer, not a forecast.</li>
 * </ul>
 */
public final class Trends {

	private static final double[] CANDIDATE_STEPS = { 1, 0.1, 0.01 };

	private Trends() {
	}

	/**
	 * Computes the trends.
	 *
	 * @param table      the raw values
	 * @param years      two or more years of the table
	 * @param weights    the analyst's weights
	 * @param scoring    reference, method and minimum coverage
	 * @param parameters early-warning and uncertainty parameters
	 * @return a trend per region
	 * @throws IllegalArgumentException with fewer than two years
	 */
	public static TrendResult compute(IndicatorTable table, int[] years, Weights weights, ScoringParameters scoring,
			TrendParameters parameters) {
		int[] sortedYears = years.clone();
		Arrays.sort(sortedYears);
		if (sortedYears.length < 2) {
			throw new IllegalArgumentException("a trend needs two or more years");
		}
		int n = table.regionCount();
		int k = table.indicatorCount();
		int[] yearIndices = new int[sortedYears.length];
		for (int y = 0; y < yearIndices.length; y++) {
			yearIndices[y] = table.yearIndexOf(sortedYears[y]);
		}
		NormalisedValues normalised = Normaliser.normalise(table, yearIndices, scoring.reference(), scoring.method());
		double[] compositeWeights = Composite.compositeWeights(table.indicators(), weights);
		double[][] composite = new double[sortedYears.length][n];
		for (int y = 0; y < sortedYears.length; y++) {
			Composite.compute(normalised.year(y), compositeWeights, scoring.minCoverage(), composite[y], null);
		}
		int[] group = Normaliser.groups(table.regions(), Reference.GEMEENTE);
		int groups = Arrays.stream(group).max().orElse(-1) + 1;

		double[] series = new double[sortedYears.length];
		double[] slope = new double[n];
		double[] standardError = new double[n];
		int[] yearsUsed = new int[n];
		for (int r = 0; r < n; r++) {
			for (int y = 0; y < series.length; y++) {
				series[y] = composite[y][r];
				yearsUsed[r] += Double.isNaN(series[y]) ? 0 : 1;
			}
			double[] fit = LeastSquares.fit(sortedYears, series);
			slope[r] = fit[0];
			standardError[r] = fit[1];
		}
		double[] gemeenteSlope = groupMeans(slope, group, groups);

		double[][] indicatorSlope = new double[k][n];
		double[][] change = new double[k][n];
		double[][] indicatorGemeente = new double[k][];
		double[] step = new double[k];
		for (int i = 0; i < k; i++) {
			step[i] = roundingStep(table, i, parameters);
			for (int r = 0; r < n; r++) {
				for (int y = 0; y < series.length; y++) {
					series[y] = table.value(r, i, yearIndices[y]);
				}
				indicatorSlope[i][r] = LeastSquares.slope(sortedYears, series);
				change[i][r] = lastMinusFirst(series);
			}
			indicatorGemeente[i] = groupMeans(indicatorSlope[i], group, groups);
		}

		List<RegionTrend> trends = new ArrayList<>(n);
		for (int r = 0; r < n; r++) {
			RegionInfo region = table.regions().get(r);
			List<IndicatorTrend> lines = new ArrayList<>(k);
			double roundingWeight = 0;
			double totalWeight = 0;
			for (int i = 0; i < k; i++) {
				boolean withinRounding = !Double.isNaN(change[i][r]) && Math.abs(change[i][r]) <= step[i];
				lines.add(new IndicatorTrend(table.indicators().get(i), indicatorSlope[i][r], indicatorGemeente[i][group[r]],
						indicatorSlope[i][r] - indicatorGemeente[i][group[r]], change[i][r], withinRounding));
				if (compositeWeights[i] > 0 && !Double.isNaN(change[i][r])) {
					totalWeight += compositeWeights[i];
					roundingWeight += withinRounding ? compositeWeights[i] : 0;
				}
			}
			double relative = slope[r] - gemeenteSlope[group[r]];
			Set<Uncertainty> doubts = EnumSet.noneOf(Uncertainty.class);
			if (yearsUsed[r] < parameters.minYears()) {
				doubts.add(Uncertainty.FEW_YEARS);
			}
			if (region.inhabitants() != RegionInfo.UNKNOWN_INHABITANTS
					&& region.inhabitants() < parameters.smallPopulation()) {
				doubts.add(Uncertainty.SMALL_POPULATION);
			}
			if (totalWeight > 0 && roundingWeight >= totalWeight / 2) {
				doubts.add(Uncertainty.ROUNDING);
			}
			if (!Double.isNaN(standardError[r]) && Math.abs(relative) < standardError[r]) {
				doubts.add(Uncertainty.NOISY);
			}
			boolean warning = slope[r] > 0 && relative > parameters.minRelativeSlope();
			trends.add(new RegionTrend(region, yearsUsed[r], slope[r], standardError[r], gemeenteSlope[group[r]],
					relative, warning, doubts, lines));
		}
		return new TrendResult(sortedYears, trends);
	}

	/**
	 * Returns the rounding step of an indicator: the configured one, else the largest of 1, 0.1 and 0.01 of which
	 * every present value in the table is a multiple, else 0.
	 *
	 * @param table      the table
	 * @param indicator  the indicator index
	 * @param parameters the trend parameters
	 * @return the step
	 */
	static double roundingStep(IndicatorTable table, int indicator, TrendParameters parameters) {
		Double configured = parameters.roundingSteps().get(table.indicators().get(indicator).id());
		if (configured != null) {
			return configured;
		}
		int years = table.years().length;
		candidates: for (double candidate : CANDIDATE_STEPS) {
			boolean any = false;
			for (int y = 0; y < years; y++) {
				for (int r = 0; r < table.regionCount(); r++) {
					double value = table.value(r, indicator, y);
					if (Double.isNaN(value)) {
						continue;
					}
					any = true;
					double multiple = value / candidate;
					if (Math.abs(multiple - Math.rint(multiple)) > 1e-6) {
						continue candidates;
					}
				}
			}
			return any ? candidate : 0;
		}
		return 0;
	}

	private static double lastMinusFirst(double[] series) {
		double first = Double.NaN;
		double last = Double.NaN;
		for (double value : series) {
			if (!Double.isNaN(value)) {
				if (Double.isNaN(first)) {
					first = value;
				}
				last = value;
			}
		}
		return last - first;
	}

	private static double[] groupMeans(double[] values, int[] group, int groups) {
		double[] sum = new double[groups];
		int[] count = new int[groups];
		for (int r = 0; r < values.length; r++) {
			if (!Double.isNaN(values[r])) {
				sum[group[r]] += values[r];
				count[group[r]]++;
			}
		}
		for (int g = 0; g < groups; g++) {
			sum[g] = count[g] == 0 ? Double.NaN : sum[g] / count[g];
		}
		return sum;
	}
}
