package nl.veerkracht.stad;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.veerkracht.scoring.engine.Composite;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.Normaliser;
import nl.veerkracht.scoring.engine.ReferenceScale;
import nl.veerkracht.scoring.engine.ScoringEngine;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.Weights;

/**
 * Projects a buurt's kwetsbaarheid score and class into the simulated years through the scoring engine's own
 * rules: its normalisation method, direction signs, weights ({@link Composite#compositeWeights}), coverage rule
 * ({@link Composite#compute}) and {@link nl.veerkracht.scoring.engine.ClassRule}.
 * <p>
 * What the model moves replaces the start-year values of the indicators that measure it; every other indicator
 * is held at its start-year value:
 * <ul>
 * <li>the low-income shares ({@link #VULNERABLE_SHARE_INDICATORS}: {@code laag_inkomen}, {@code sociaal_minimum},
 * {@code laagste_40_inkomen}) are multiplied by the projected vulnerable share ÷ the buurt's vulnerable share in
 * the start year of the run (held when that is 0), at most 100%;</li>
 * <li>the corporation-dwelling share ({@link #CORPORATIE_INDICATORS}: {@code corporatiebezit}) moves by the change
 * of the corporation share of the projected stock in percentage points since the start year, within 0–100% (a
 * {@code context} indicator by default, so it only counts when an analyst gives it the kwetsbaarheid role).</li>
 * </ul>
 * Projected values are normalised against the <b>start year's</b> reference (mean and standard deviation, or
 * the ranks, of the reference group in the start year), not against the projected year: a rise shared by the
 * whole city then shows as a rise, where a per-year normalisation would cancel it. For the unchanged start
 * state the projection is the engine's own start-year composite and class, bit for bit. A buurt the table does
 * not hold, or the engine cannot score (coverage below the minimum), has no projected score (NaN) and the class
 * {@link Klasse#GEEN_GEGEVENS}. Immutable and thread-safe.
 */
public final class KwetsbaarheidProjection {

	/** The indicators scaled with the vulnerable share: households with a low income. */
	public static final Set<String> VULNERABLE_SHARE_INDICATORS = Set.of("laag_inkomen", "sociaal_minimum",
			"laagste_40_inkomen");
	/** The indicators moved with the corporation share of the stock. */
	public static final Set<String> CORPORATIE_INDICATORS = Set.of("corporatiebezit");

	private static final int HELD = 0;
	private static final int SCALED = 1;
	private static final int SHIFTED = 2;

	private final ScoringParameters parameters;
	private final int startYear;
	private final Map<String, Integer> regionIndex = new HashMap<>();
	/** The indicators with a composite weight &gt; 0, in table order. */
	private final int[] indicators;
	private final double[] weights;
	private final int[] kind;
	/** Start-year raw values {@code [indicator][region]}, of the weighted indicators only. */
	private final double[][] raw;
	/** Start-year normalised values of the held indicators, as the engine computes them. */
	private final double[][] held;
	/** The start year's reference of each weighted indicator, for the values the model moves. */
	private final ReferenceScale[] scales;

	/**
	 * @param engine    the scoring engine of the buurten (their table, reference, method, coverage and class rule)
	 * @param weights   the analyst's weights
	 * @param startYear the start year of the runs: a year of the engine's table
	 * @throws IllegalArgumentException when the table lacks the start year
	 */
	public KwetsbaarheidProjection(ScoringEngine engine, Weights weights, int startYear) {
		Objects.requireNonNull(engine, "engine");
		Objects.requireNonNull(weights, "weights");
		IndicatorTable table = engine.table();
		this.parameters = engine.parameters();
		this.startYear = startYear;
		int yearIndex = table.yearIndexOf(startYear);
		if (yearIndex < 0) {
			throw new IllegalArgumentException("the scoring table has no year " + startYear);
		}
		int n = table.regionCount();
		for (int r = 0; r < n; r++) {
			regionIndex.put(table.regions().get(r).code(), r);
		}
		List<IndicatorSpec> specs = table.indicators();
		double[] all = Composite.compositeWeights(specs, weights);
		// only the weighted indicators enter Composite.compute; the zero weights add nothing to its total
		int count = (int) Arrays.stream(all).filter(w -> w > 0).count();
		indicators = new int[count];
		this.weights = new double[count];
		kind = new int[count];
		raw = new double[count][n];
		held = new double[count][];
		for (int i = 0, k = 0; i < all.length; i++) {
			if (all[i] > 0) {
				IndicatorSpec spec = specs.get(i);
				indicators[k] = i;
				this.weights[k] = all[i];
				kind[k] = VULNERABLE_SHARE_INDICATORS.contains(spec.id()) ? SCALED
						: CORPORATIE_INDICATORS.contains(spec.id()) ? SHIFTED : HELD;
				for (int r = 0; r < n; r++) {
					raw[k][r] = table.value(r, i, yearIndex);
				}
				k++;
			}
		}
		NormalisedStart start = new NormalisedStart(engine, startYear);
		for (int k = 0; k < count; k++) {
			held[k] = start.column(indicators[k]);
		}
		int[] group = Normaliser.groups(table.regions(), parameters.reference());
		scales = new ReferenceScale[count];
		for (int k = 0; k < count; k++) {
			scales[k] = new ReferenceScale(new double[][] { raw[k] }, group, parameters.method(),
					specs.get(indicators[k]).direction());
		}
	}

	/** @return the start year: the year whose reference the projected values are normalised against */
	public int startYear() {
		return startYear;
	}

	/**
	 * @param code a buurt code
	 * @return whether the engine's table holds that buurt (it may still lack the coverage to be scored)
	 */
	public boolean covers(String code) {
		return regionIndex.containsKey(code);
	}

	/**
	 * @param code               a buurt code
	 * @param vulnerableRatio    projected vulnerable share ÷ start-year vulnerable share (1 for unchanged)
	 * @param corporatieShift    projected minus start-year corporation share of the stock, in percentage points
	 * @return the projected composite on the engine's scale, NaN when the buurt cannot be scored
	 */
	public double score(String code, double vulnerableRatio, double corporatieShift) {
		Integer region = regionIndex.get(code);
		return region == null ? Double.NaN : score(region, vulnerableRatio, corporatieShift);
	}

	/**
	 * @param score a projected composite, NaN for none
	 * @return its class under the engine's class rule; {@link Klasse#GEEN_GEGEVENS} for NaN
	 */
	public Klasse classify(double score) {
		return parameters.classRule().classify(score);
	}

	/**
	 * The projection of the start state: the engine's own start-year composite of that buurt.
	 *
	 * @param code a buurt code
	 * @return the composite, NaN when the buurt cannot be scored
	 */
	public double startScore(String code) {
		return score(code, 1, 0);
	}

	/**
	 * @param codes the buurten of a run, in input order
	 * @return a batch that projects all of them at once, for one run (not thread-safe; one per run)
	 */
	public Batch batch(List<String> codes) {
		return new Batch(codes);
	}

	/**
	 * Projects all buurten of one run year by year into reused arrays: one {@link Composite#compute} per year.
	 */
	public final class Batch {
		private final int[] regions;
		private final double[][] normalised;
		private final double[] composite;

		private Batch(List<String> codes) {
			regions = new int[codes.size()];
			for (int b = 0; b < regions.length; b++) {
				regions[b] = regionIndex.getOrDefault(codes.get(b), -1);
			}
			normalised = new double[indicators.length][regions.length];
			composite = new double[regions.length];
		}

		/**
		 * @param vulnerableRatio per buurt, projected ÷ start vulnerable share; NaN when the buurt has no
		 *                        households
		 * @param corporatieShift per buurt, the change of the corporation share of the stock in percentage points
		 * @param scores          receives the projected composite per buurt, NaN when it cannot be scored
		 */
		public void score(double[] vulnerableRatio, double[] corporatieShift, double[] scores) {
			for (int b = 0; b < regions.length; b++) {
				int region = regions[b];
				for (int k = 0; k < indicators.length; k++) {
					normalised[k][b] = region < 0 || Double.isNaN(vulnerableRatio[b]) ? Double.NaN
							: projected(k, region, vulnerableRatio[b], corporatieShift[b]);
				}
			}
			Composite.compute(normalised, weights, parameters.minCoverage(), composite, null);
			System.arraycopy(composite, 0, scores, 0, regions.length);
		}
	}

	private double score(int region, double vulnerableRatio, double corporatieShift) {
		double[][] normalised = new double[indicators.length][1];
		for (int k = 0; k < indicators.length; k++) {
			normalised[k][0] = projected(k, region, vulnerableRatio, corporatieShift);
		}
		double[] composite = new double[1];
		Composite.compute(normalised, weights, parameters.minCoverage(), composite, null);
		return composite[0];
	}

	/** @return the normalised value of weighted indicator {@code k} of a region with the model's changes */
	private double projected(int k, int region, double vulnerableRatio, double corporatieShift) {
		double x = raw[k][region];
		if (kind[k] == HELD || Double.isNaN(x)) {
			return held[k][region];
		}
		double projected = kind[k] == SCALED ? Math.min(100, x * vulnerableRatio)
				: Math.max(0, Math.min(100, x + corporatieShift));
		return projected == x ? held[k][region] : scales[k].normalise(region, projected);
	}

	/** The engine's own normalised start-year values, per indicator of the table. */
	private static final class NormalisedStart {
		private final double[][] values;

		NormalisedStart(ScoringEngine engine, int year) {
			var normalised = engine.normalised(year);
			int indicators = engine.table().indicatorCount();
			int n = engine.table().regionCount();
			values = new double[indicators][n];
			for (int i = 0; i < indicators; i++) {
				for (int r = 0; r < n; r++) {
					values[i][r] = normalised.value(0, i, r);
				}
			}
		}

		double[] column(int indicator) {
			return values[indicator];
		}
	}
}
