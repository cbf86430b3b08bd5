package nl.veerkracht.stad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Runs a baseline and its variants on one city, each with a sensitivity run, and finds the waterbed effects of
 * every variant against the baseline: the answer to "is the city with this mix still in balance, or does a
 * choice here force choices there?".
 */
public final class ScenarioComparison {

	private final StadModel model;
	private final SensitivitySpec spec;

	/**
	 * @param model the model (parameters and class rule) for every scenario
	 * @param spec  how the sensitivity runs vary the uncertain parameters
	 */
	public ScenarioComparison(StadModel model, SensitivitySpec spec) {
		this.model = Objects.requireNonNull(model, "model");
		this.spec = Objects.requireNonNull(spec, "spec");
	}

	/**
	 * @param input     the city at the start year
	 * @param scenarios the scenarios, the baseline first (waterbed effects are found against it)
	 * @param horizon   years to simulate, 1–15
	 * @param progress  where to report; checked for cancellation between scenarios
	 * @return the outcomes in scenario order
	 * @throws CancellationException    when {@code progress} asks to stop
	 * @throws IllegalArgumentException when there is no scenario or a scenario does not fit the input
	 */
	public ComparisonResult run(StadInput input, List<Scenario> scenarios, int horizon, RunProgress progress) {
		if (scenarios.isEmpty()) {
			throw new IllegalArgumentException("a comparison needs at least the baseline");
		}
		progress.begin("Stadsbalans berekenen", scenarios.size());
		SensitivityAnalysis sensitivity = new SensitivityAnalysis(model, spec);
		WaterbedAnalysis waterbed = new WaterbedAnalysis(model.classifier(), model.projection().orElse(null));
		List<ScenarioOutcome> outcomes = new ArrayList<>();
		SimulationResult baseline = null;
		for (Scenario scenario : scenarios) {
			if (progress.isCancelled()) {
				throw new CancellationException("cancelled before scenario " + scenario.name());
			}
			SensitivityResult result = sensitivity.run(input, scenario, horizon);
			List<WaterbedEffect> effects = baseline == null ? List.of() : waterbed.find(baseline, result.central());
			if (baseline == null) {
				baseline = result.central();
			}
			outcomes.add(new ScenarioOutcome(scenario, result, effects));
			progress.worked(scenario.name(), 1);
		}
		return new ComparisonResult(input, horizon, outcomes);
	}
}
