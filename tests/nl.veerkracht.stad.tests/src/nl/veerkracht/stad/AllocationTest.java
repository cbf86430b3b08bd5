package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * Herpositionering in a three-buurt city, by hand: turnover 0.10 and a vulnerable inflow share of 0.50 in
 * corporation rent. In year one A (1000 households, 300 vulnerable) loses 100 households of whom 30 vulnerable
 * and lets 100 vacancies to 50 vulnerable; B (2000, 400) loses 200/40 and takes 100; C (1000, 200) loses 100/20
 * and takes 50. Baseline: A 320, B 460, C 230.
 */
class AllocationTest {

	private static Scenario herpositionering(String code, int intensity) {
		return new Scenario("herpositionering " + code, Map.of(code,
				PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, intensity)), List.of());
	}

	@Test
	void baselineFollowsTurnoverAndInflowShare() {
		SimulationResult baseline = Cities.model().run(Cities.threeBuurten(), Scenario.baseline(), 1);
		int year = Cities.START + 1;
		assertEquals(320, baseline.buurt("A", year).vulnerable());
		assertEquals(460, baseline.buurt("B", year).vulnerable());
		assertEquals(230, baseline.buurt("C", year).vulnerable());
	}

	@Test
	void redirectedHouseholdsLandInTheOtherBuurtenInProportionToTheirVacancies() {
		StadModel model = Cities.model();
		SimulationResult baseline = model.run(Cities.threeBuurten(), Scenario.baseline(), 1);
		// intensity 4 redirects 0.60 of A's 50 vulnerable newcomers: 30, split over B (200 vacancies) and C (100)
		SimulationResult scenario = model.run(Cities.threeBuurten(), herpositionering("A", 4), 1);
		int year = Cities.START + 1;
		assertEquals(290, scenario.buurt("A", year).vulnerable());
		assertEquals(480, scenario.buurt("B", year).vulnerable());
		assertEquals(240, scenario.buurt("C", year).vulnerable());
		assertEquals(baseline.balance(year).vulnerableTotal(), scenario.balance(year).vulnerableTotal());
		assertEquals(Map.of(new Cause("A", Handelingsperspectief.HERPOSITIONERING), 20),
				scenario.buurt("B", year).received());
		assertEquals(Map.of(new Cause("A", Handelingsperspectief.HERPOSITIONERING), 10),
				scenario.buurt("C", year).received());
		assertEquals(Map.of(), scenario.buurt("A", year).received());
	}

	@Test
	void anUnevenSplitIsRoundedToTheHouseholdWithoutLoss() {
		// intensity 1 redirects round(0.15 * 50) = 8: B gets 5.33 -> 5, C 2.67 -> 3
		SimulationResult scenario = Cities.model().run(Cities.threeBuurten(), herpositionering("A", 1), 1);
		int year = Cities.START + 1;
		assertEquals(312, scenario.buurt("A", year).vulnerable());
		assertEquals(465, scenario.buurt("B", year).vulnerable());
		assertEquals(233, scenario.buurt("C", year).vulnerable());
	}

	@Test
	void redirectionNeverChangesTheNumberOfHouseholdsOfABuurt() {
		StadModel model = Cities.model();
		SimulationResult baseline = model.run(Cities.threeBuurten(), Scenario.baseline(), 15);
		SimulationResult scenario = model.run(Cities.threeBuurten(), herpositionering("B", 4), 15);
		for (int year = Cities.START; year <= Cities.START + 15; year++) {
			for (String code : List.of("A", "B", "C")) {
				assertEquals(baseline.buurt(code, year).households(), scenario.buurt(code, year).households());
			}
		}
		assertEquals(Cities.START + 15, scenario.endYear());
	}

	@Test
	void aBuurtThatRedirectsItselfTakesLessFromOthers() {
		// A redirects 0.60, C 0.30 of its own inflow: A's 30 go to B (weight 200) and C (weight 100 * 0.7 = 70)
		Scenario scenario = new Scenario("twee", Map.of("A",
				PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4), "C",
				PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 2)), List.of());
		SimulationResult result = Cities.model().run(Cities.threeBuurten(), scenario, 1);
		int year = Cities.START + 1;
		// A -> B 22.22, A -> C 7.78; C redirects round(0.3 * 50) = 15 over B and A (A's weight is 100 * 0.4 = 40):
		// C -> B 200/240 * 15 = 12.5, C -> A 2.5. Jointly B's share is 34.72 -> 35, C's 7.78 -> 8, A's 2.5 -> 2
		// (45 households: floors 34 + 7 + 2, the two left go to the largest remainders .78 and .72); per origin
		// the pairs round A -> B 22, A -> C 8, C -> B 13, C -> A 2
		assertEquals(Map.of(new Cause("A", Handelingsperspectief.HERPOSITIONERING), 22,
				new Cause("C", Handelingsperspectief.HERPOSITIONERING), 13), result.buurt("B", year).received());
		assertEquals(Map.of(new Cause("C", Handelingsperspectief.HERPOSITIONERING), 2), result.buurt("A", year).received());
		assertEquals(320 - 30 + 2, result.buurt("A", year).vulnerable());
		assertEquals(460 + 22 + 13, result.buurt("B", year).vulnerable());
		assertEquals(230 - 15 + 8, result.buurt("C", year).vulnerable());
	}
}
