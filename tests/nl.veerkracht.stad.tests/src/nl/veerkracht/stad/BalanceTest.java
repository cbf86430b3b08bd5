package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.scoring.engine.Klasse;

/** City-wide balance figures against a hand calculation. */
class BalanceTest {

	/**
	 * A: 100 households, 50 vulnerable; B: 100, 10; C: 200, 40. V = 100, N (others) = 300.
	 * D = ½ (|0.5 − 50/300| + |0.1 − 90/300| + |0.4 − 160/300|) = ½ (1/3 + 1/5 + 2/15) = 1/3.
	 */
	@Test
	void dissimilarityAndClassesMatchAHandCalculation() {
		StadInput input = new StadInput(Cities.START, List.of(Cities.corporatie("A", 100, 50),
				Cities.corporatie("B", 100, 10), Cities.corporatie("C", 200, 40)));
		YearBalance balance = Cities.model().run(input, Scenario.baseline(), 1).balance(Cities.START);
		assertEquals(1.0 / 3, balance.dissimilarity(), 1e-12);
		assertEquals("A", balance.largestBuurt());
		assertEquals(0.5, balance.largestShare(), 1e-12);
		assertEquals(100, balance.vulnerableTotal());
		assertEquals(400, balance.householdsTotal());
		assertEquals(1, balance.buurtenPerKlasse().get(Klasse.ZEER_KWETSBAAR));
		assertEquals(1, balance.buurtenPerKlasse().get(Klasse.EERDER_VEERKRACHTIG));
		assertEquals(1, balance.buurtenPerKlasse().get(Klasse.GEMIDDELD));
		assertEquals(0, balance.buurtenPerKlasse().get(Klasse.KWETSBAAR));
	}

	/**
	 * A business park of 30 households, 18 vulnerable (60 %), is no concentration: the largest is B's 40 % of 150
	 * households, in the object path as in the array path of the sensitivity runs. A city of small buurten only
	 * still has one: the largest among all.
	 */
	@Test
	void theLargestConcentrationIsSoughtAmongBuurtenOfAtLeastAHundredHouseholds() {
		StadInput input = new StadInput(Cities.START, List.of(Cities.corporatie("P", 30, 18),
				Cities.corporatie("B", 150, 60), Cities.corporatie("C", 400, 80)));
		YearBalance balance = Cities.model().run(input, Scenario.baseline(), 1).balance(Cities.START);
		assertEquals("B", balance.largestBuurt());
		assertEquals(0.4, balance.largestShare(), 1e-12);
		assertEquals(0.4, new nl.veerkracht.stad.internal.Simulator(input, Scenario.baseline(), Cities.model().parameters(),
				ShareClassifier.defaultRule(), false).runArrays(1).largestShare(0), 1e-12);

		StadInput small = new StadInput(Cities.START, List.of(Cities.corporatie("P", 30, 18),
				Cities.corporatie("Q", 60, 12)));
		YearBalance smallBalance = Cities.model().run(small, Scenario.baseline(), 1).balance(Cities.START);
		assertEquals("P", smallBalance.largestBuurt());
		assertEquals(0.6, smallBalance.largestShare(), 1e-12);
	}

	@Test
	void anEvenlySpreadCityHasNoDissimilarity() {
		StadInput input = new StadInput(Cities.START, List.of(Cities.corporatie("A", 100, 20),
				Cities.corporatie("B", 300, 60)));
		assertEquals(0.0, Cities.model().run(input, Scenario.baseline(), 1).balance(Cities.START).dissimilarity(), 1e-12);
	}

	@Test
	void theDefaultRuleHasFiveClassesWithInclusiveLowerBounds() {
		ShareClassifier rule = ShareClassifier.defaultRule();
		assertEquals(Klasse.VEERKRACHTIG, rule.classify(0.0999));
		assertEquals(Klasse.EERDER_VEERKRACHTIG, rule.classify(0.10));
		assertEquals(Klasse.GEMIDDELD, rule.classify(0.20));
		assertEquals(Klasse.KWETSBAAR, rule.classify(0.30));
		assertEquals(Klasse.ZEER_KWETSBAAR, rule.classify(0.40));
		assertEquals(Klasse.GEEN_GEGEVENS, rule.classify(Double.NaN));
	}
}
