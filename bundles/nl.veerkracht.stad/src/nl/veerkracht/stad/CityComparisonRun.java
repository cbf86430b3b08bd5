package nl.veerkracht.stad;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * One scenario comparison on one city, assembled in one place for every caller (the Stadsbalans view, the headless
 * notitie): the analyst's parameters calibrated to the city ({@link ModelParameters#calibratedTo}: its vulnerable
 * households stay level when nobody does anything), the model with its class rule and, when given, the projected
 * kwetsbaarheid score, and the sensitivity runs of {@link ScenarioComparison}. The result carries the calibrated
 * parameters it ran with. Immutable; UI-free.
 */
public final class CityComparisonRun {

	private final CityInput city;
	private final StadModel model;
	private final SensitivitySpec spec;

	/**
	 * @param city       the city at the start year, with its skipped and estimated buurten
	 * @param parameters the analyst's model parameters, before calibration
	 * @param classifier the class rule on the vulnerable share
	 * @param projection the projection of the kwetsbaarheid score through the signal map's engine, if the classes are
	 *                   to be the projected kwetsbaarheid classes
	 * @param spec       how the sensitivity runs vary the uncertain parameters
	 */
	public CityComparisonRun(CityInput city, ModelParameters parameters, ShareClassifier classifier,
			Optional<KwetsbaarheidProjection> projection, SensitivitySpec spec) {
		this.city = Objects.requireNonNull(city, "city");
		this.model = new StadModel(parameters.calibratedTo(city.input()), classifier).withProjection(projection.orElse(null));
		this.spec = Objects.requireNonNull(spec, "spec");
	}

	/** @return the city the run starts from */
	public CityInput city() {
		return city;
	}

	/** @return the model every scenario runs with: the calibrated parameters, the class rule, the projection */
	public StadModel model() {
		return model;
	}

	/**
	 * @param scenario a scenario of the analysis
	 * @return the model scenario on this run's city ({@link ModelScenarios#toStad})
	 * @throws IllegalArgumentException when an intensity lies outside 0–4
	 */
	public Scenario scenario(nl.veerkracht.model.Scenario scenario) {
		return ModelScenarios.toStad(scenario, city.input());
	}

	/**
	 * @param scenarios the scenarios, the baseline first
	 * @param horizon   years to simulate, 1–15
	 * @param progress  where to report; checked for cancellation between scenarios
	 * @return the comparison with the city and the calibrated parameters it ran with
	 * @throws CancellationException    when {@code progress} asks to stop
	 * @throws IllegalArgumentException when there is no scenario or a scenario does not fit the city
	 */
	public CityComparison run(List<Scenario> scenarios, int horizon, RunProgress progress) {
		ComparisonResult comparison = new ScenarioComparison(model, spec).run(city.input(), scenarios, horizon, progress);
		return new CityComparison(city, model.parameters(), comparison);
	}
}
