package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.stad.internal.Percentiles;
import nl.veerkracht.stad.internal.Simulator;
import nl.veerkracht.stad.internal.Trajectories;

/**
 * The sensitivity samples run on primitive arrays; the central run builds a record per buurt and year. Both
 * must give the same numbers, and the bands must be what the samples run one by one through
 * {@link StadModel#run} give.
 */
class ArrayPathTest {

	private static final int HORIZON = 12;

	/** @return 120 synthetic buurten of varied size, tenure and vulnerable share */
	private static StadInput city() {
		SplittableRandom random = new SplittableRandom(12);
		SyntheticStock synthetic = new SyntheticStock(ModelParameters.defaults());
		List<BuurtStart> buurten = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			buurten.add(synthetic.buurt(String.format("BU%08d", i), "buurt " + i, 300 + random.nextInt(6000),
					i % 7 == 0 ? OptionalInt.empty() : OptionalInt.of(150 + random.nextInt(2500)),
					OptionalDouble.of(random.nextDouble(5, 70)), OptionalDouble.of(random.nextDouble(5, 30)),
					i % 11 == 0 ? OptionalDouble.empty() : OptionalDouble.of(random.nextDouble(0.02, 0.5))));
		}
		return new StadInput(Cities.START, buurten);
	}

	/** @return redirection, restructuring, coping and explicit stock changes in several buurten */
	private static Scenario scenario(StadInput city) {
		Map<String, PerspectiveMix> mixes = new HashMap<>();
		for (int i = 0; i < city.buurten().size(); i += 9) {
			mixes.put(city.buurten().get(i).code(), PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 1 + i % 4)
					.with(Handelingsperspectief.SOCIALE_AANPAK, i % 5));
		}
		for (int i = 4; i < city.buurten().size(); i += 13) {
			mixes.put(city.buurten().get(i).code(), PerspectiveMix.NONE.with(Handelingsperspectief.WONINGPROGRAMMA, 1 + i % 4)
					.with(Handelingsperspectief.LEEFOMGEVING, 2));
		}
		List<StockChange> changes = List.of(new StockChange(city.buurten().get(5).code(), Cities.START + 2, Segment.CORPORATIE_HUUR, -120),
				new StockChange(city.buurten().get(5).code(), Cities.START + 3, Segment.KOOP, 200),
				new StockChange(city.buurten().get(77).code(), Cities.START + 6, Segment.OVERIGE_HUUR, -40));
		return new Scenario("gemengd", mixes, changes);
	}

	@Test
	void theArrayPathGivesTheNumbersOfTheObjectPath() {
		StadInput city = city();
		Scenario scenario = scenario(city);
		ModelParameters parameters = ModelParameters.defaults();
		SimulationResult objects = new StadModel(parameters, ShareClassifier.defaultRule()).run(city, scenario, HORIZON);
		Trajectories arrays = new Simulator(city, scenario, parameters, ShareClassifier.defaultRule(), false)
				.runArrays(HORIZON);
		assertEquals(HORIZON + 1, arrays.years());
		assertEquals(city.buurten().size(), arrays.buurten());
		int received = 0;
		for (int t = 0; t <= HORIZON; t++) {
			int year = Cities.START + t;
			List<BuurtYear> row = objects.year(year);
			for (int b = 0; b < row.size(); b++) {
				BuurtYear buurt = row.get(b);
				assertEquals(buurt.households(), arrays.households(t, b), buurt.code() + " " + year);
				assertEquals(buurt.vulnerable(), arrays.vulnerable(t, b), buurt.code() + " " + year);
				assertEquals(buurt.vulnerableShare(), arrays.vulnerableShare(t, b));
				assertEquals(buurt.problemIndex(), arrays.problemIndex(t, b));
				for (Segment segment : Segment.values()) {
					assertEquals(buurt.dwellings().get(segment), arrays.dwellings(t, b, segment.ordinal()));
				}
				received += buurt.received().values().stream().mapToInt(Integer::intValue).sum();
			}
			YearBalance balance = objects.balance(year);
			assertEquals(balance.dissimilarity(), arrays.dissimilarity(t));
			assertEquals(balance.largestShare(), arrays.largestShare(t));
			assertEquals(balance.unplaced(), arrays.unplaced(t));
		}
		assertTrue(received > 1000, "the scenario must move households between buurten: " + received);
	}

	@Test
	void theBandsAreThoseOfTheSamplesRunOneByOne() {
		StadInput city = city();
		Scenario scenario = scenario(city);
		StadModel model = StadModel.withDefaults();
		SensitivitySpec spec = new SensitivitySpec(24, 77, 0.25, 0.25, 0.5);
		SensitivityResult result = new SensitivityAnalysis(model, spec).run(city, scenario, HORIZON);

		// the documented sampling, one sample after the other through the object path
		SplittableRandom random = new SplittableRandom(spec.seed());
		ModelParameters centre = model.parameters();
		List<SimulationResult> samples = new ArrayList<>();
		for (int k = 0; k < spec.samples(); k++) {
			ModelParameters varied = centre.withTurnover(centre.turnover().scaled(0.75 + 0.5 * random.nextDouble(), 1))
					.withVulnerableInflowShare(centre.vulnerableInflowShare().scaled(0.75 + 0.5 * random.nextDouble(), 1))
					.withCopingRate(centre.copingRate() * (0.5 + random.nextDouble()));
			samples.add(new StadModel(varied, model.classifier()).run(city, scenario, HORIZON, false));
		}
		for (int year : new int[] { Cities.START, Cities.START + 5, Cities.START + HORIZON }) {
			for (String code : List.of(city.buurten().get(0).code(), city.buurten().get(4).code(), city.buurten().get(50).code())) {
				int y = year;
				assertBand(samples.stream().mapToDouble(s -> s.buurt(code, y).vulnerableShare()).toArray(),
						result.vulnerableShare(code, year), code + " share " + year);
				assertBand(samples.stream().mapToDouble(s -> s.buurt(code, y).problemIndex()).toArray(),
						result.problemIndex(code, year), code + " index " + year);
			}
			int y = year;
			assertBand(samples.stream().mapToDouble(s -> s.balance(y).dissimilarity()).toArray(), result.dissimilarity(year),
					"D " + year);
			assertBand(samples.stream().mapToDouble(s -> s.balance(y).largestShare()).toArray(), result.largestShare(year),
					"largest " + year);
		}
	}

	private static void assertBand(double[] sample, Band band, String what) {
		assertEquals(Percentiles.of(sample, 10), band.p10(), what);
		assertEquals(Percentiles.of(sample, 50), band.p50(), what);
		assertEquals(Percentiles.of(sample, 90), band.p90(), what);
	}
}
