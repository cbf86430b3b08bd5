package nl.veerkracht.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

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
 * The per-region work (the least-squares fits and the trend records) runs over chunks of regions in parallel;
 * each region's result depends only on its own series and the gemeente means, so it is the same for any
 * number of threads.
 */
public final class Trends {

	private static final double[] CANDIDATE_STEPS = { 1, 0.1, 0.01 };
	/** Regions per parallel task. */
	private static final int REGIONS_PER_TASK = 256;

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
		Fits fits = new Fits(table, sortedYears, yearIndices, composite, compositeWeights, parameters);
		inChunks(n, fits::fit);
		fits.summarise();
		RegionTrend[] trends = new RegionTrend[n];
		inChunks(n, r -> trends[r] = fits.trend(r));
		return new TrendResult(sortedYears, Arrays.asList(trends));
	}

	/** Runs an action for every region, chunks of regions in parallel. */
	private static void inChunks(int n, IntConsumer action) {
		IntStream.range(0, (n + REGIONS_PER_TASK - 1) / REGIONS_PER_TASK).parallel().forEach(task -> {
			int end = Math.min(n, (task + 1) * REGIONS_PER_TASK);
			for (int r = task * REGIONS_PER_TASK; r < end; r++) {
				action.accept(r);
			}
		});
	}

	/** The fits of all regions, and the gemeente means made from them. */
	private static final class Fits {

		private final IndicatorTable table;
		private final int[] years;
		private final int[] yearIndices;
		private final double[][] composite;
		private final double[] compositeWeights;
		private final TrendParameters parameters;
		private final int[] group;
		private final int groups;
		private final double[] slope;
		private final double[] standardError;
		private final int[] yearsUsed;
		private final double[][] indicatorSlope;
		private final double[][] change;
		private final double[] step;
		private double[] gemeenteSlope;
		private double[][] indicatorGemeente;

		Fits(IndicatorTable table, int[] years, int[] yearIndices, double[][] composite, double[] compositeWeights,
				TrendParameters parameters) {
			this.table = table;
			this.years = years;
			this.yearIndices = yearIndices;
			this.composite = composite;
			this.compositeWeights = compositeWeights;
			this.parameters = parameters;
			int n = table.regionCount();
			int k = table.indicatorCount();
			group = Normaliser.groups(table.regions(), Reference.GEMEENTE);
			groups = Arrays.stream(group).max().orElse(-1) + 1;
			slope = new double[n];
			standardError = new double[n];
			yearsUsed = new int[n];
			indicatorSlope = new double[k][n];
			change = new double[k][n];
			step = new double[k];
		}

		/** Fits one region's composite and indicator series. */
		void fit(int r) {
			double[] series = new double[years.length];
			for (int y = 0; y < series.length; y++) {
				series[y] = composite[y][r];
				yearsUsed[r] += Double.isNaN(series[y]) ? 0 : 1;
			}
			double[] fit = LeastSquares.fit(years, series);
			slope[r] = fit[0];
			standardError[r] = fit[1];
			for (int i = 0; i < indicatorSlope.length; i++) {
				for (int y = 0; y < series.length; y++) {
					series[y] = table.value(r, i, yearIndices[y]);
				}
				indicatorSlope[i][r] = LeastSquares.slope(years, series);
				change[i][r] = lastMinusFirst(series);
			}
		}

		/** Computes the gemeente means and rounding steps, once all regions are fitted. */
		void summarise() {
			gemeenteSlope = groupMeans(slope, group, groups);
			indicatorGemeente = new double[indicatorSlope.length][];
			for (int i = 0; i < indicatorSlope.length; i++) {
				step[i] = roundingStep(table, i, parameters);
				indicatorGemeente[i] = groupMeans(indicatorSlope[i], group, groups);
			}
		}

		/** Makes one region's trend. */
		RegionTrend trend(int r) {
			int k = indicatorSlope.length;
			RegionInfo region = table.regions().get(r);
			List<IndicatorTrend> lines = new ArrayList<>(k);
			double roundingWeight = 0;
			double totalWeight = 0;
			for (int i = 0; i < k; i++) {
				boolean withinRounding = !Double.isNaN(change[i][r]) && Math.abs(change[i][r]) <= step[i];
				lines.add(new IndicatorTrend(table.indicators().get(i), indicatorSlope[i][r],
						indicatorGemeente[i][group[r]], indicatorSlope[i][r] - indicatorGemeente[i][group[r]],
						change[i][r], withinRounding));
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
			return new RegionTrend(region, yearsUsed[r], slope[r], standardError[r], gemeenteSlope[group[r]],
					relative, warning, doubts, lines);
		}
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
