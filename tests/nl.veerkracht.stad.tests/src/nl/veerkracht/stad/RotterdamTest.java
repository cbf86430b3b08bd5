package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.testsupport.SharedData;

/**
 * Rotterdam 2016 (real KWB figures from the shared data): the synthetic stock from inhabitants, households,
 * corporation and owner-occupied shares, the share of low-income households as the vulnerable share; the
 * baseline against a scenario in which the three most concentrated buurten redirect their vulnerable inflow at
 * full intensity, over 15 years.
 */
class RotterdamTest {

	private static final int YEAR = 2016;
	private static final int HORIZON = 15;

	private static StadInput input;
	private static Set<String> origins;
	private static SimulationResult baseline;
	private static SimulationResult scenario;

	@BeforeAll
	static void run() throws Exception {
		CbsData data = new CbsImport().readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv")));
		SyntheticStock synthetic = new SyntheticStock(ModelParameters.defaults());
		List<BuurtStart> buurten = new ArrayList<>();
		for (Region region : data.regions(RegionLevel.BUURT)) {
			OptionalDouble households = value(data, region, "a_hh");
			OptionalDouble lowIncome = value(data, region, "p_hh_lkk");
			if (households.isEmpty() || households.getAsDouble() < 1 || lowIncome.isEmpty()) {
				continue; // suppressed by CBS: no data, never zero
			}
			buurten.add(synthetic.buurt(region.code().code(), region.name(),
					(int) value(data, region, "a_inw").orElse(0), OptionalInt.of((int) households.getAsDouble()),
					value(data, region, "p_wcorpw"), value(data, region, "p_koopw"),
					OptionalDouble.of(lowIncome.getAsDouble() / 100)));
		}
		input = new StadInput(YEAR, buurten);
		origins = buurten.stream().sorted(Comparator.comparingDouble(BuurtStart::vulnerableShare).reversed()).limit(3)
				.map(BuurtStart::code).collect(Collectors.toSet());
		Map<String, PerspectiveMix> mixes = new HashMap<>();
		for (String code : origins) {
			mixes.put(code, PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4));
		}
		StadModel model = StadModel.withDefaults();
		baseline = model.run(input, Scenario.baseline(), HORIZON);
		scenario = model.run(input, new Scenario("drie buurten herpositioneren", mixes, List.of()), HORIZON);
	}

	private static OptionalDouble value(CbsData data, Region region, String variable) {
		return data.observation(region.code(), variable, YEAR).map(observation -> observation.value())
				.orElse(OptionalDouble.empty());
	}

	@Test
	void theBuurtenWithHouseholdsAndIncomeFiguresAreSimulated() {
		assertTrue(input.buurten().size() >= 60, "buurten with data: " + input.buurten().size());
		assertEquals(YEAR + HORIZON, scenario.endYear());
		for (int year = YEAR; year <= YEAR + HORIZON; year++) {
			assertEquals(0, scenario.balance(year).unplaced());
			for (String code : scenario.buurtCodes()) {
				assertEquals(baseline.buurt(code, year).households(), scenario.buurt(code, year).households());
			}
		}
	}

	@Test
	void inTheFirstYearEveryRedirectedHouseholdLandsInAnotherBuurt() {
		int year = YEAR + 1;
		assertEquals(baseline.balance(year).vulnerableTotal(), scenario.balance(year).vulnerableTotal());
		for (String origin : origins) {
			// an origin also takes (fewer) households redirected by the other origins
			BuurtYear own = scenario.buurt(origin, year);
			int takenIn = own.received().values().stream().mapToInt(Integer::intValue).sum();
			int redirected = baseline.buurt(origin, year).vulnerable() - own.vulnerable() + takenIn;
			int landedElsewhere = 0;
			for (String code : scenario.buurtCodes()) {
				landedElsewhere += scenario.buurt(code, year).received()
						.getOrDefault(new Cause(origin, Handelingsperspectief.HERPOSITIONERING), 0);
			}
			assertTrue(redirected > takenIn, origin + " must send away more than it takes in");
			assertEquals(redirected, landedElsewhere, origin);
		}
	}

	@Test
	void redirectingFromTheMostConcentratedBuurtenSpreadsTheCityAndNamesEveryWaterbed() {
		int end = YEAR + HORIZON;
		assertTrue(scenario.balance(end).dissimilarity() < baseline.balance(end).dissimilarity(),
				scenario.balance(end) + " vs " + baseline.balance(end));
		for (String origin : origins) {
			assertTrue(scenario.buurt(origin, end).vulnerableShare() < baseline.buurt(origin, end).vulnerableShare());
		}
		List<WaterbedEffect> effects = new WaterbedAnalysis(ShareClassifier.defaultRule()).find(baseline, scenario);
		for (WaterbedEffect effect : effects) {
			assertFalse(origins.contains(effect.buurtCode()), effect.toString());
			assertFalse(effect.causes().isEmpty());
			for (Map.Entry<Cause, Integer> cause : effect.causes().entrySet()) {
				assertTrue(origins.contains(cause.getKey().originCode()), effect.toString());
				assertTrue(cause.getValue() > 0, effect.toString());
			}
		}
		// 2016 -> 2031: 75 buurten, D 0.140 -> 0.136, 29 buurt-years tip because of the three origins
		assertFalse(effects.isEmpty(), "redirecting 0.60 of the inflow of three buurten tips others");
	}
}
