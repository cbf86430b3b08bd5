package nl.veerkracht.stad;

import java.util.Objects;

/**
 * What a {@link CityComparisonRun} gives: the comparison together with the city it ran on and the parameters it
 * actually ran with (the analyst's parameters calibrated to that city), so whatever reports on the comparison
 * (the notitie's method chapter) names the same parameters as the run, never a second calibration of its own.
 *
 * @param city       the city input with its skipped and estimated buurten
 * @param calibrated the model parameters of every scenario of the run
 * @param comparison the baseline and variants with bands and waterbed effects
 */
public record CityComparison(CityInput city, ModelParameters calibrated, ComparisonResult comparison) {

	/** Checks the arguments. */
	public CityComparison {
		Objects.requireNonNull(city, "city");
		Objects.requireNonNull(calibrated, "calibrated");
		Objects.requireNonNull(comparison, "comparison");
	}
}
