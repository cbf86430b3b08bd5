package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * Fifty small buurten (20 households, 2 vacancies, 1 vulnerable newcomer) each redirect their one vulnerable
 * newcomer; three large buurten (1000 households, 100 vacancies, room for 50 more) take them. Every origin's
 * share in each large buurt is 100 / (300 + 49 × 0.8) = 0.295, so rounded per origin all 50 would go to the
 * first large buurt; split jointly each large buurt gets its pooled share of 14.7, to the household.
 */
class JointAllocationTest {

	private static StadInput city() {
		List<BuurtStart> buurten = new ArrayList<>();
		for (String code : List.of("D1", "D2", "D3")) {
			buurten.add(Cities.corporatie(code, 1000, 100));
		}
		for (int i = 0; i < 50; i++) {
			buurten.add(Cities.corporatie(origin(i), 20, 2));
		}
		return new StadInput(Cities.START, buurten);
	}

	private static String origin(int i) {
		return String.format("O%02d", i);
	}

	private static Scenario allOriginsRedirect() {
		Map<String, PerspectiveMix> mixes = new HashMap<>();
		for (int i = 0; i < 50; i++) {
			mixes.put(origin(i), PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4));
		}
		return new Scenario("vijftig", mixes, List.of());
	}

	@Test
	void manyOriginsAreSpreadOverTheDestinationsByTheirPooledShare() {
		SimulationResult result = Cities.model().run(city(), allOriginsRedirect(), 1);
		int year = Cities.START + 1;
		double fairShare = 50 * 100 / (300 + 49 * 0.8);
		int placedInDestinations = 0;
		for (String code : List.of("D1", "D2", "D3")) {
			int received = result.buurt(code, year).received().values().stream().mapToInt(Integer::intValue).sum();
			assertTrue(Math.abs(received - fairShare) < 1, code + " received " + received + " for " + fairShare);
			placedInDestinations += received;
		}
		// every origin sent exactly its one household: in total the destinations and the other origins got 50,
		// and no cause was placed twice
		Map<Cause, Integer> perCause = new HashMap<>();
		for (BuurtYear buurt : result.year(year)) {
			buurt.received().forEach((cause, count) -> perCause.merge(cause, count, Integer::sum));
		}
		assertEquals(50, perCause.values().stream().mapToInt(Integer::intValue).sum());
		assertTrue(perCause.values().stream().allMatch(count -> count == 1), perCause.toString());
		assertTrue(placedInDestinations >= 42, "destinations got " + placedInDestinations);
	}

	@Test
	void theCityTotalIsConservedInTheYearOfTheSplit() {
		// later years differ by design: who moves out follows each buurt's changed vulnerable share
		StadModel model = Cities.model();
		SimulationResult baseline = model.run(city(), Scenario.baseline(), 1);
		SimulationResult scenario = model.run(city(), allOriginsRedirect(), 1);
		int year = Cities.START + 1;
		assertEquals(baseline.balance(year).vulnerableTotal(), scenario.balance(year).vulnerableTotal());
		assertTrue(baseline.balance(year).vulnerableTotal() > 0);
	}
}
