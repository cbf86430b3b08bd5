package nl.veerkracht.stad;

import java.util.List;
import java.util.Objects;

/**
 * What one scenario of a comparison gives: its central run with sensitivity bands, and the waterbed effects it
 * causes against the baseline.
 *
 * @param scenario    the scenario
 * @param sensitivity the central run and the P10–P90 bands of its outputs
 * @param waterbed    buurten whose class worsens against the baseline because of choices elsewhere, by year;
 *                    empty for the baseline itself
 */
public record ScenarioOutcome(Scenario scenario, SensitivityResult sensitivity, List<WaterbedEffect> waterbed) {

	/** Checks the arguments and copies the list. */
	public ScenarioOutcome {
		Objects.requireNonNull(scenario, "scenario");
		Objects.requireNonNull(sensitivity, "sensitivity");
		waterbed = List.copyOf(waterbed);
	}

	/** @return the central (deterministic) run */
	public SimulationResult central() {
		return sensitivity.central();
	}

	/**
	 * @param year a simulated year
	 * @return the waterbed effects of that year
	 */
	public List<WaterbedEffect> waterbed(int year) {
		return waterbed.stream().filter(effect -> effect.year() == year).toList();
	}
}
