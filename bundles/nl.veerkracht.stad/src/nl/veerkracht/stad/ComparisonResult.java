package nl.veerkracht.stad;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outlook of several scenarios of one city side by side: the baseline first, then the variants.
 *
 * @param input    the city at the start year
 * @param horizon  the years simulated after the start year
 * @param outcomes per scenario its outcome, the baseline first
 */
public record ComparisonResult(StadInput input, int horizon, List<ScenarioOutcome> outcomes) {

	/** Checks the arguments and copies the list. */
	public ComparisonResult {
		Objects.requireNonNull(input, "input");
		outcomes = List.copyOf(outcomes);
		if (outcomes.isEmpty()) {
			throw new IllegalArgumentException("a comparison needs at least the baseline");
		}
	}

	/** @return the outcome of the baseline */
	public ScenarioOutcome baseline() {
		return outcomes.get(0);
	}

	/** @return the start year */
	public int startYear() {
		return input.startYear();
	}

	/** @return the last simulated year */
	public int endYear() {
		return input.startYear() + horizon;
	}

	/**
	 * @param name a scenario name
	 * @return the outcome of the first scenario with that name
	 */
	public Optional<ScenarioOutcome> outcome(String name) {
		return outcomes.stream().filter(outcome -> outcome.scenario().name().equals(name)).findFirst();
	}

	/**
	 * @param code a buurt code
	 * @return its name in the input, or the code
	 */
	public String buurtName(String code) {
		int index = input.indexOf(code);
		return index < 0 ? code : input.buurten().get(index).name();
	}
}
