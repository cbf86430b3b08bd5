package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Calibrating the inflow shares to the city keeps its vulnerable households level when nobody does anything. */
class CalibrationTest {

	/** 20 buurten with 10 % vulnerable households, half corporation rent. */
	private static StadInput tenPercentCity() {
		List<BuurtStart> buurten = new ArrayList<>();
		for (int b = 0; b < 20; b++) {
			buurten.add(new BuurtStart("B" + b, "B" + b, new SegmentValues(500, 200, 300), 1000, 0.10));
		}
		return new StadInput(2020, buurten);
	}

	@Test
	void theDefaultsDriftTowardsTheirOwnLevelTheCalibratedOnesStayLevel() {
		StadInput city = tenPercentCity();
		SimulationResult drifting = new StadModel(ModelParameters.defaults(), ShareClassifier.defaultRule())
				.run(city, Scenario.baseline(), 15);
		ModelParameters calibrated = ModelParameters.defaults().calibratedTo(city);
		SimulationResult level = new StadModel(calibrated, ShareClassifier.defaultRule()).run(city, Scenario.baseline(), 15);
		long start = level.balance(2020).vulnerableTotal();
		assertEquals(2000L, start);
		assertTrue(drifting.balance(2035).vulnerableTotal() > 1.5 * start, "uncalibrated: " + drifting.balance(2035));
		for (int year = 2020; year <= 2035; year++) {
			long total = level.balance(year).vulnerableTotal();
			assertTrue(Math.abs(total - start) <= 0.02 * start, year + ": " + total);
		}
		// the ratios between the segments stay
		double[] before = ModelParameters.defaults().vulnerableInflowShare().toArray();
		double[] after = calibrated.vulnerableInflowShare().toArray();
		assertEquals(before[0] / before[2], after[0] / after[2], 1e-9);
		assertEquals(before[1] / before[2], after[1] / after[2], 1e-9);
	}

	@Test
	void noShareExceedsOneAndACityWithoutVulnerableHouseholdsKeepsTheParameters() {
		// an owner-occupied city with half its households vulnerable would need 10 x the inflow shares: capped
		// where the corporation share reaches 1
		List<BuurtStart> buurten = List.of(new BuurtStart("A", "A", new SegmentValues(0, 0, 1000), 1000, 0.5));
		ModelParameters calibrated = ModelParameters.defaults().calibratedTo(new StadInput(2020, buurten));
		assertEquals(1.0, calibrated.vulnerableInflowShare().corporatieHuur(), 1e-12);
		assertEquals(0.1, calibrated.vulnerableInflowShare().koop(), 1e-12);
		ModelParameters defaults = ModelParameters.defaults();
		assertSame(defaults, defaults.calibratedTo(new StadInput(2020,
				List.of(new BuurtStart("A", "A", new SegmentValues(10, 0, 0), 10, 0)))));
	}
}
