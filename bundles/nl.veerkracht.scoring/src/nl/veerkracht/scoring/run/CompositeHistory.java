package nl.veerkracht.scoring.run;

import java.util.Arrays;
import java.util.Objects;

import nl.veerkracht.scoring.engine.Composite;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.NormalisedValues;
import nl.veerkracht.scoring.engine.Normaliser;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.Weights;

/**
 * The kwetsbaarheid of every buurt of a run in every year of the run, on one scale: the indicators are
 * normalised against the run's reference with the statistics pooled over all years (as the engine's trend
 * does), so that a change of the gemeente as a whole shows as a change, which a per-year normalisation
 * would hide (its mean is zero every year). The values of a year therefore differ from that year's own
 * score. The normalisation does not depend on the weights and is done once; {@link #series(String, Weights)}
 * then weighs it as the composite does, with the same minimum coverage. Immutable and thread-safe.
 */
public final class CompositeHistory {

	private final IndicatorTable table;
	private final ScoringParameters parameters;
	private final int[] years;
	private final double[][][] normalised;

	private CompositeHistory(IndicatorTable table, ScoringParameters parameters, int[] years,
			double[][][] normalised) {
		this.table = table;
		this.parameters = parameters;
		this.years = years;
		this.normalised = normalised;
	}

	/**
	 * Normalises all years of a run on one scale.
	 *
	 * @param run the run
	 * @return the history
	 */
	public static CompositeHistory of(ScoringRun run) {
		Objects.requireNonNull(run, "run");
		IndicatorTable table = run.table();
		ScoringParameters parameters = run.engine().parameters();
		int[] years = table.years();
		int[] yearIndices = new int[years.length];
		Arrays.setAll(yearIndices, y -> y);
		NormalisedValues values = Normaliser.normalise(table, yearIndices, parameters.reference(), parameters.method());
		double[][][] matrix = new double[years.length][table.indicatorCount()][table.regionCount()];
		for (int y = 0; y < years.length; y++) {
			for (int i = 0; i < table.indicatorCount(); i++) {
				for (int r = 0; r < table.regionCount(); r++) {
					matrix[y][i][r] = values.value(y, i, r);
				}
			}
		}
		return new CompositeHistory(table, parameters, years, matrix);
	}

	/** @return the years, ascending; a copy */
	public int[] years() {
		return years.clone();
	}

	/**
	 * Weighs the history for one buurt and its gemeente.
	 *
	 * @param buurtCode a buurt of the run
	 * @param weights   the analyst's weights
	 * @return the buurt's composite and its gemeente's mean composite per year
	 * @throws IllegalArgumentException if the run has no such buurt
	 */
	public CompositeSeries series(String buurtCode, Weights weights) {
		int region = table.regionIndexOf(buurtCode);
		String gemeenteCode = table.regions().get(region).gemeenteCode();
		double[] compositeWeights = Composite.compositeWeights(table.indicators(), weights);
		int n = table.regionCount();
		double[] buurt = new double[years.length];
		double[] gemeente = new double[years.length];
		double[] composite = new double[n];
		for (int y = 0; y < years.length; y++) {
			Composite.compute(normalised[y], compositeWeights, parameters.minCoverage(), composite, null);
			buurt[y] = composite[region];
			double sum = 0;
			int count = 0;
			for (int r = 0; r < n; r++) {
				if (!Double.isNaN(composite[r]) && table.regions().get(r).gemeenteCode().equals(gemeenteCode)) {
					sum += composite[r];
					count++;
				}
			}
			gemeente[y] = count == 0 ? Double.NaN : sum / count;
		}
		return new CompositeSeries(buurtCode, gemeenteCode, years, buurt, gemeente);
	}
}
