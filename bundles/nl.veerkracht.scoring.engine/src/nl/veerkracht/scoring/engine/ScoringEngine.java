package nl.veerkracht.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.scoring.engine.spatial.LocalMoran;
import nl.veerkracht.scoring.engine.spatial.LocalMoranResult;
import nl.veerkracht.scoring.engine.spatial.MoranParameters;
import nl.veerkracht.scoring.engine.spatial.QueenContiguity;
import nl.veerkracht.scoring.engine.spatial.SpatialWeights;

/**
 * The entry point of the scoring engine: scores, explanations, robustness, trends and hot spots of one
 * {@link IndicatorTable} under one set of {@link ScoringParameters}. Weights are passed per call, so that a
 * weights editor can rescore without renormalising (normalisation does not depend on weights and is cached
 * per year). Thread-safe.
 */
public final class ScoringEngine {

	private final IndicatorTable table;
	private final ScoringParameters parameters;
	private final ConcurrentHashMap<Integer, NormalisedValues> normalisedByYear = new ConcurrentHashMap<>();
	private volatile SpatialWeights contiguity;

	/**
	 * Creates an engine.
	 *
	 * @param table      the input
	 * @param parameters how to score
	 */
	public ScoringEngine(IndicatorTable table, ScoringParameters parameters) {
		this.table = Objects.requireNonNull(table, "table");
		this.parameters = Objects.requireNonNull(parameters, "parameters");
	}

	/** @return the input */
	public IndicatorTable table() {
		return table;
	}

	/** @return the parameters */
	public ScoringParameters parameters() {
		return parameters;
	}

	/**
	 * Returns the normalised values of one year, normalised against that year's reference.
	 *
	 * @param year the year
	 * @return the values (year position 0)
	 */
	public NormalisedValues normalised(int year) {
		int yearIndex = table.yearIndexOf(year);
		return normalisedByYear.computeIfAbsent(yearIndex, index -> Normaliser.normalise(table, new int[] { index },
				parameters.reference(), parameters.method()));
	}

	/**
	 * Scores all regions in one year.
	 *
	 * @param year    the year
	 * @param weights the analyst's weights
	 * @return composite, coverage, class and draagkracht per region
	 */
	public YearScores score(int year, Weights weights) {
		int n = table.regionCount();
		double[] composite = new double[n];
		double[] coverage = new double[n];
		Composite.compute(normalised(year).year(0), Composite.compositeWeights(table.indicators(), weights),
				parameters.minCoverage(), composite, coverage);
		Klasse[] klasse = new Klasse[n];
		for (int r = 0; r < n; r++) {
			klasse[r] = parameters.classRule().classify(composite[r]);
		}
		double[] draagkracht = Draagkracht.compute(table, table.yearIndexOf(year), weights, parameters.minCoverage());
		return new YearScores(year, table.regions(), composite, coverage, klasse, draagkracht);
	}

	/**
	 * Explains the score of one region.
	 *
	 * @param regionCode the region code
	 * @param year       the year
	 * @param weights    the analyst's weights
	 * @return the explanation; its contributions sum to the composite
	 */
	public Explanation explain(String regionCode, int year, Weights weights) {
		int region = table.regionIndexOf(regionCode);
		int yearIndex = table.yearIndexOf(year);
		NormalisedValues normalised = normalised(year);
		double[] compositeWeights = Composite.compositeWeights(table.indicators(), weights);
		YearScores scores = score(year, weights);
		boolean scored = !Double.isNaN(scores.composite(region));
		double available = 0;
		for (int i = 0; i < compositeWeights.length; i++) {
			if (compositeWeights[i] > 0 && !Double.isNaN(normalised.value(0, i, region))) {
				available += compositeWeights[i];
			}
		}
		List<Contribution> lines = new ArrayList<>();
		for (int i = 0; i < table.indicatorCount(); i++) {
			IndicatorSpec spec = table.indicators().get(i);
			double z = normalised.value(0, i, region);
			double weight = scored && compositeWeights[i] > 0 && !Double.isNaN(z) ? compositeWeights[i] / available
					: 0.0;
			lines.add(new Contribution(spec, table.cell(region, i, yearIndex), z, weights.get(spec.id()), weight,
					weight > 0 ? weight * z : 0.0));
		}
		return new Explanation(table.regions().get(region), year, parameters, lines, scores.coverage(region),
				scores.composite(region), scores.klasse(region), scores.draagkracht(region));
	}

	/**
	 * Tests how stable each region's class is when the weights are perturbed.
	 *
	 * @param year       the year
	 * @param weights    the analyst's weights (the centre of the perturbation)
	 * @param robustness samples, spread, seed and fragility threshold
	 * @return per region the share of samples that kept the class
	 */
	public RobustnessResult robustness(int year, Weights weights, RobustnessParameters robustness) {
		return Robustness.compute(normalised(year).year(0),
				Composite.compositeWeights(table.indicators(), weights), parameters, robustness);
	}

	/**
	 * Computes trends over several years.
	 *
	 * @param years   two or more years of the table
	 * @param weights the analyst's weights
	 * @param trend   early-warning and uncertainty parameters
	 * @return per region the slopes, relative slopes, flag and uncertainty
	 */
	public TrendResult trend(int[] years, Weights weights, TrendParameters trend) {
		return Trends.compute(table, years, weights, parameters, trend);
	}

	/**
	 * Finds hot spots of the composite with Local Moran's I on queen contiguity of the region geometries
	 * (built once, on first use).
	 *
	 * @param year    the year
	 * @param weights the analyst's weights
	 * @param moran   permutations, seed and significance level
	 * @return per region I, pseudo-p and label
	 * @throws IllegalStateException if a region has no geometry
	 */
	public LocalMoranResult hotSpots(int year, Weights weights, MoranParameters moran) {
		return LocalMoran.compute(score(year, weights).composites(), contiguity(), moran);
	}

	/**
	 * Returns the queen contiguity of the regions, built on first use.
	 *
	 * @return the neighbours per region index
	 * @throws IllegalStateException if a region has no geometry
	 */
	public SpatialWeights contiguity() {
		SpatialWeights result = contiguity;
		if (result == null) {
			Geometry[] geometries = new Geometry[table.regionCount()];
			for (int r = 0; r < geometries.length; r++) {
				geometries[r] = table.regions().get(r).geometry();
				if (geometries[r] == null) {
					throw new IllegalStateException("region " + table.regions().get(r).code() + " has no geometry");
				}
			}
			result = QueenContiguity.build(geometries);
			contiguity = result;
		}
		return result;
	}
}
