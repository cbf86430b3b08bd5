package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;

/** Baseline and variants side by side, with bands and waterbed effects against the baseline. */
class ScenarioComparisonTest {

	private static final SensitivitySpec SPEC = new SensitivitySpec(20, 8, 0.25, 0.25, 0.5);

	private final Scenario redirectA = new Scenario("A herpositioneert",
			Map.of("A", PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4)), List.of());

	@Test
	void everyVariantIsComparedWithTheBaseline() {
		StadModel model = Cities.model();
		ComparisonResult result = new ScenarioComparison(model, SPEC).run(Cities.threeBuurten(),
				List.of(Scenario.baseline(), redirectA), 5, RunProgress.NONE);
		assertEquals(2, result.outcomes().size());
		assertEquals(Scenario.BASELINE_NAME, result.baseline().scenario().name());
		assertTrue(result.baseline().waterbed().isEmpty());
		SimulationResult direct = model.run(Cities.threeBuurten(), redirectA, 5);
		ScenarioOutcome variant = result.outcome("A herpositioneert").orElseThrow();
		for (int year = result.startYear(); year <= result.endYear(); year++) {
			for (String code : List.of("A", "B", "C")) {
				assertEquals(direct.buurt(code, year).vulnerable(), variant.central().buurt(code, year).vulnerable());
			}
		}
		List<WaterbedEffect> expected = new WaterbedAnalysis(model.classifier())
				.find(model.run(Cities.threeBuurten(), Scenario.baseline(), 5), direct);
		assertEquals(expected, variant.waterbed());
		Band band = variant.sensitivity().dissimilarity(result.endYear());
		assertTrue(band.p10() <= band.p90());
	}

	@Test
	void progressIsReportedPerScenarioAndCancellingStops() {
		List<String> reported = new ArrayList<>();
		RunProgress recording = new RunProgress() {
			@Override
			public void begin(String task, int totalWork) {
				reported.add(task + "/" + totalWork);
			}

			@Override
			public void worked(String subTask, int work) {
				reported.add(subTask);
			}

			@Override
			public boolean isCancelled() {
				return reported.size() > 1;
			}
		};
		ScenarioComparison comparison = new ScenarioComparison(Cities.model(), SPEC);
		assertThrows(CancellationException.class, () -> comparison.run(Cities.threeBuurten(),
				List.of(Scenario.baseline(), redirectA), 5, recording));
		assertEquals(List.of("Stadsbalans berekenen/2", Scenario.BASELINE_NAME), reported);
	}
}
