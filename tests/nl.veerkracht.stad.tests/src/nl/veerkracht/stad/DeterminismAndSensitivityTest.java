package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;

/** The same inputs give the same outputs; the sensitivity band contains the central run. */
class DeterminismAndSensitivityTest {

	private static final int HORIZON = 10;

	/** @return six synthetic buurten from a spread of corporation shares and low-income shares */
	private static StadInput city() {
		SyntheticStock synthetic = new SyntheticStock(ModelParameters.defaults());
		double[] corporatie = { 75, 60, 40, 25, 10, 5 };
		double[] lowIncome = { 0.42, 0.33, 0.22, 0.15, 0.08, 0.05 };
		List<BuurtStart> buurten = new ArrayList<>();
		for (int i = 0; i < corporatie.length; i++) {
			buurten.add(synthetic.buurt("BU0000000" + i, "buurt " + i, 2000 + 500 * i, OptionalInt.empty(),
					OptionalDouble.of(corporatie[i]), OptionalDouble.empty(), OptionalDouble.of(lowIncome[i])));
		}
		return new StadInput(Cities.START, buurten);
	}

	private static Scenario mix() {
		return new Scenario("mix", Map.of("BU00000000", PerspectiveMix.NONE
				.with(Handelingsperspectief.HERPOSITIONERING, 4).with(Handelingsperspectief.WONINGPROGRAMMA, 2)
				.with(Handelingsperspectief.SOCIALE_AANPAK, 3), "BU00000001",
				PerspectiveMix.NONE.with(Handelingsperspectief.LEEFOMGEVING, 2)), List.of());
	}

	@Test
	void theSameInputsGiveTheSameOutputs() {
		SimulationResult first = StadModel.withDefaults().run(city(), mix(), HORIZON);
		SimulationResult second = StadModel.withDefaults().run(city(), mix(), HORIZON);
		for (int year = first.startYear(); year <= first.endYear(); year++) {
			assertEquals(first.year(year), second.year(year));
			assertEquals(first.balance(year), second.balance(year));
		}
		SensitivitySpec spec = new SensitivitySpec(30, 42, 0.25, 0.25, 0.5);
		SensitivityResult bandsOne = new SensitivityAnalysis(StadModel.withDefaults(), spec).run(city(), mix(), HORIZON);
		SensitivityResult bandsTwo = new SensitivityAnalysis(StadModel.withDefaults(), spec).run(city(), mix(), HORIZON);
		int end = Cities.START + HORIZON;
		assertEquals(bandsOne.vulnerableShare("BU00000002", end), bandsTwo.vulnerableShare("BU00000002", end));
		assertEquals(bandsOne.dissimilarity(end), bandsTwo.dissimilarity(end));
	}

	@Test
	void withoutAttributionTheFlowsAreTheSame() {
		SimulationResult full = StadModel.withDefaults().run(city(), mix(), HORIZON);
		SimulationResult bare = StadModel.withDefaults().run(city(), mix(), HORIZON, false);
		int end = Cities.START + HORIZON;
		assertEquals(full.balance(end), bare.balance(end));
		for (String code : full.buurtCodes()) {
			assertEquals(full.buurt(code, end).vulnerable(), bare.buurt(code, end).vulnerable());
			assertTrue(bare.buurt(code, end).received().isEmpty());
		}
		// BU00000000 both redirects and restructures: two causes
		assertEquals(2, full.buurt("BU00000003", end).received().size());
	}

	@Test
	void theSensitivityBandContainsTheCentralRunAndIsABand() {
		StadModel model = StadModel.withDefaults();
		SensitivityResult result = new SensitivityAnalysis(model, SensitivitySpec.defaults()).run(city(), mix(), HORIZON);
		SimulationResult central = result.central();
		assertEquals(model.run(city(), mix(), HORIZON).year(central.endYear()), central.year(central.endYear()));
		for (int year = central.startYear(); year <= central.endYear(); year++) {
			for (String code : central.buurtCodes()) {
				assertContains(result.vulnerableShare(code, year), code + " share " + year);
				assertContains(result.problemIndex(code, year), code + " index " + year);
				assertEquals(central.buurt(code, year).vulnerableShare(), result.vulnerableShare(code, year).central());
			}
			assertContains(result.dissimilarity(year), "D " + year);
			assertContains(result.largestShare(year), "largest share " + year);
		}
		Band end = result.problemIndex("BU00000000", central.endYear());
		assertTrue(end.p90() - end.p10() > 0.5, "the uncertain parameters must widen the outlook: " + end);
		Band start = result.vulnerableShare("BU00000000", central.startYear());
		assertEquals(start.p10(), start.p90(), 1e-12, "the start year is observed, not uncertain");
	}

	private static void assertContains(Band band, String what) {
		assertTrue(band.p10() <= band.p50() && band.p50() <= band.p90(), what + ": " + band);
		assertTrue(band.containsCentral(), what + ": " + band);
	}
}
