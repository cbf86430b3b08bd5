package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;

/** One run object assembles calibration, model and comparison, and says which parameters it used. */
class CityComparisonRunTest {

	private static final SensitivitySpec SPEC = new SensitivitySpec(12, 5, 0.25, 0.25, 0.5);
	private static final int HORIZON = 6;

	private final CityInput city = new CityInput(Cities.threeBuurten(), List.of(), Set.of());
	private final Scenario redirectA = new Scenario("A herpositioneert",
			Map.of("A", PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4)), List.of());

	@Test
	void theResultCarriesTheParametersCalibratedToTheCity() {
		ModelParameters analyst = Cities.tenPercentTurnover();
		CityComparisonRun run = new CityComparisonRun(city, analyst, ShareClassifier.defaultRule(), Optional.empty(), SPEC);
		CityComparison result = run.run(List.of(Scenario.baseline(), redirectA), HORIZON, RunProgress.NONE);
		ModelParameters calibrated = analyst.calibratedTo(city.input());
		assertNotEquals(analyst, calibrated, "inflow share 0.50 against a start share of 0.225: calibration changes it");
		assertEquals(calibrated, run.model().parameters());
		assertEquals(calibrated, result.calibrated());
		assertSame(city, result.city());
		assertSame(city, run.city());
		assertTrue(run.model().projection().isEmpty(), "no projection asked for");
	}

	@Test
	void theComparisonIsTheOneOfTheCalibratedModel() {
		ShareClassifier classifier = ShareClassifier.defaultRule();
		CityComparison result = new CityComparisonRun(city, Cities.tenPercentTurnover(), classifier, Optional.empty(), SPEC)
				.run(List.of(Scenario.baseline(), redirectA), HORIZON, RunProgress.NONE);
		StadModel model = new StadModel(Cities.tenPercentTurnover().calibratedTo(city.input()), classifier);
		ComparisonResult expected = new ScenarioComparison(model, SPEC).run(city.input(), List.of(Scenario.baseline(), redirectA),
				HORIZON, RunProgress.NONE);
		ComparisonResult actual = result.comparison();
		assertEquals(expected.endYear(), actual.endYear());
		assertEquals(expected.outcomes().size(), actual.outcomes().size());
		for (int s = 0; s < expected.outcomes().size(); s++) {
			ScenarioOutcome want = expected.outcomes().get(s);
			ScenarioOutcome got = actual.outcomes().get(s);
			assertEquals(want.scenario(), got.scenario());
			assertEquals(want.waterbed(), got.waterbed());
			for (int year = expected.startYear(); year <= expected.endYear(); year++) {
				assertEquals(want.central().balance(year), got.central().balance(year), want.scenario().name() + " " + year);
				assertEquals(want.sensitivity().dissimilarity(year), got.sensitivity().dissimilarity(year));
			}
		}
	}
}
