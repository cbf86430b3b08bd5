package nl.veerkracht.stad.ui;

import java.util.Objects;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.stad.CityComparison;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameters;

/**
 * What the Stadsbalans view shows: the outcome of a comparison run together with what the maps need.
 *
 * @param analyseName the name of the analysis the scenarios come from
 * @param run         the comparison with its city and the calibrated parameters it ran with
 * @param buurten     the buurt geometries to draw (the signal map's features, in the map CRS)
 * @param codeAttribute the attribute of {@code buurten} that holds the buurt code
 */
public record StadsbalansResult(String analyseName, CityComparison run, FeatureCollection buurten, String codeAttribute) {

	/** Checks the arguments. */
	public StadsbalansResult {
		Objects.requireNonNull(analyseName, "analyseName");
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(buurten, "buurten");
		Objects.requireNonNull(codeAttribute, "codeAttribute");
	}

	/** @return the city input with its skipped and estimated buurten */
	public CityInput city() {
		return run.city();
	}

	/** @return the baseline and variants with bands and waterbed effects */
	public ComparisonResult comparison() {
		return run.comparison();
	}

	/** @return the model parameters the comparison ran with: the analysis's parameters calibrated to the city */
	public ModelParameters calibrated() {
		return run.calibrated();
	}
}
