package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.scoring.engine.Klasse;

/**
 * Waterbed effects by hand: turnover 0.10 and a vulnerable inflow share of 0.20 in corporation rent. A (1000
 * households, 300 vulnerable) redirects round(0.6 × 20) = 12 of its vulnerable newcomers; B (2000, 396) has 200
 * vacancies and gets 8, C (1000, 150) has 100 and gets 4. B goes from 396 − 40 + 40 = 396 (19.8%) in the baseline
 * to 404 (20.2%): from eerder veerkrachtig to gemiddeld, because of A. C stays below 20%.
 */
class WaterbedTest {

	private static final int YEAR = Cities.START + 1;

	private static StadModel model() {
		ModelParameters parameters = Cities.tenPercentTurnover();
		return new StadModel(parameters.withVulnerableInflowShare(
				parameters.vulnerableInflowShare().with(Segment.CORPORATIE_HUUR, 0.20)), ShareClassifier.defaultRule());
	}

	private static StadInput city() {
		return new StadInput(Cities.START, List.of(Cities.corporatie("A", 1000, 300), Cities.corporatie("B", 2000, 396),
				Cities.corporatie("C", 1000, 150)));
	}

	@Test
	void theWaterbedListNamesTheOriginChoiceAndTheHouseholds() {
		StadModel model = model();
		SimulationResult baseline = model.run(city(), Scenario.baseline(), 1);
		SimulationResult scenario = model.run(city(), new Scenario("A herpositioneert", Map.of("A",
				PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4)), List.of()), 1);
		assertEquals(396, baseline.buurt("B", YEAR).vulnerable());
		assertEquals(404, scenario.buurt("B", YEAR).vulnerable());
		List<WaterbedEffect> effects = new WaterbedAnalysis(model.classifier()).find(baseline, scenario);
		assertEquals(List.of(new WaterbedEffect("B", YEAR, Klasse.EERDER_VEERKRACHTIG, Klasse.GEMIDDELD,
				Map.of(new Cause("A", Handelingsperspectief.HERPOSITIONERING), 8))), effects);
	}

	@Test
	void aBuurtThatWorsensThroughItsOwnChoiceIsNoWaterbedEffect() {
		// inflow share 0.50 (Cities.model()); B adds 1000 corporation dwellings in year one while A redirects 30:
		// B has 1200 vacancies (600 vulnerable newcomers) and gets round(30 * 1200 / 1300) = 28 of A's, C gets 2.
		// B: 400 - 40 + 600 + 28 = 988 of 3000 (kwetsbaar, baseline 460 of 2000 gemiddeld), but without A's 28
		// still 960 of 3000 (kwetsbaar): its own building programme tips it, not A's choice
		StadModel model = Cities.model();
		SimulationResult baseline = model.run(Cities.threeBuurten(), Scenario.baseline(), 1);
		SimulationResult scenario = model.run(Cities.threeBuurten(), new Scenario("A herpositioneert, B bouwt",
				Map.of("A", PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4)),
				List.of(new StockChange("B", YEAR, Segment.CORPORATIE_HUUR, 1000))), 1);
		BuurtYear b = scenario.buurt("B", YEAR);
		assertEquals(988, b.vulnerable());
		assertEquals(Map.of(new Cause("A", Handelingsperspectief.HERPOSITIONERING), 28), b.received());
		assertEquals(Klasse.KWETSBAAR, b.klasse());
		assertEquals(Klasse.GEMIDDELD, baseline.buurt("B", YEAR).klasse());
		assertEquals(List.of(), new WaterbedAnalysis(model.classifier()).find(baseline, scenario));
		assertEquals(List.of(), new WaterbedAnalysis(model.classifier()).find(baseline, baseline));
	}
}
