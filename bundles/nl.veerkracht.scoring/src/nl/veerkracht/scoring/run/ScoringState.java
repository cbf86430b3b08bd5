package nl.veerkracht.scoring.run;

import java.util.Objects;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.scoring.engine.Weights;

/**
 * One scored state of a signal map: the run, the weights and year chosen, the result of that year and the
 * signal-map features built from it. Immutable; a weights editor or year selector makes a new state with
 * {@link #compute(ScoringRun, Weights, int, Crs)} (in a background job: it runs the trend, Local Moran's I
 * and the robustness samples) and the views show whichever state is current.
 *
 * @param run     the run (data, indicators, engine)
 * @param weights the weights scored with
 * @param year    the year scored
 * @param result  the result of that year
 * @param layer   the signal-map features ({@link SignalMapLayer}) of that result
 * @param crs     the coordinate reference system of the buurt geometries
 */
public record ScoringState(ScoringRun run, Weights weights, int year, YearResult result, FeatureCollection layer,
		Crs crs) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException     if a component is {@code null}
	 * @throws IllegalArgumentException if the result is not of the year
	 */
	public ScoringState {
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(weights, "weights");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(layer, "layer");
		Objects.requireNonNull(crs, "crs");
		if (result.year() != year) {
			throw new IllegalArgumentException("result of " + result.year() + " given for year " + year);
		}
	}

	/**
	 * Scores a year with weights and builds its signal-map features.
	 *
	 * @param run     the run
	 * @param weights the weights
	 * @param year    a year of the run
	 * @param crs     the coordinate reference system of the buurt geometries
	 * @return the state
	 * @throws IllegalArgumentException if the year is not in the run
	 */
	public static ScoringState compute(ScoringRun run, Weights weights, int year, Crs crs) {
		YearResult result = run.score(year, weights);
		return new ScoringState(run, weights, year, result, SignalMapLayer.build(run, result, crs), crs);
	}

	/**
	 * Returns the index of a buurt in the run's table.
	 *
	 * @param buurtCode a buurt code, e.g. {@code BU05990110}
	 * @return its index, or -1 when the run has no such buurt
	 */
	public int regionIndexOf(String buurtCode) {
		try {
			return run.table().regionIndexOf(buurtCode);
		} catch (IllegalArgumentException e) {
			return -1;
		}
	}
}
