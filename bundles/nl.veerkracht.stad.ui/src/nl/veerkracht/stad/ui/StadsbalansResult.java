package nl.veerkracht.stad.ui;

import java.util.Objects;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.ComparisonResult;

/**
 * What the Stadsbalans view shows: the outcome of a comparison run together with what the maps need.
 *
 * @param analyseName the name of the analysis the scenarios come from
 * @param city        the city input with its skipped and estimated buurten
 * @param comparison  the baseline and variants with bands and waterbed effects
 * @param buurten     the buurt geometries to draw (the signal map's features, in the map CRS)
 * @param codeAttribute the attribute of {@code buurten} that holds the buurt code
 */
public record StadsbalansResult(String analyseName, CityInput city, ComparisonResult comparison,
		FeatureCollection buurten, String codeAttribute) {

	/** Checks the arguments. */
	public StadsbalansResult {
		Objects.requireNonNull(analyseName, "analyseName");
		Objects.requireNonNull(city, "city");
		Objects.requireNonNull(comparison, "comparison");
		Objects.requireNonNull(buurten, "buurten");
		Objects.requireNonNull(codeAttribute, "codeAttribute");
	}
}
