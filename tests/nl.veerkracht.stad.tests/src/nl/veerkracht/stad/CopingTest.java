package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;

/** Sociale aanpak and Leefomgeving: a coping factor with diminishing returns that moves nobody. */
class CopingTest {

	private final ModelParameters parameters = ModelParameters.defaults();

	@Test
	void copingFactorFollowsTheDocumentedFormula() {
		assertEquals(1.0, parameters.copingFactor(0), 1e-12);
		assertEquals(1 - 0.5 * (1 - Math.exp(-0.35 * 4)), parameters.copingFactor(4), 1e-12);
		assertEquals(0.5, parameters.copingFactor(1000), 1e-9);
		// 100 * 0.36^1.5 = 21.6
		assertEquals(21.6, parameters.problemIndex(0.36, 0), 1e-9);
	}

	@Test
	void everyExtraStepOfSocialeAanpakHelpsLessThanTheOneBefore() {
		IntensityTable table = parameters.intensities();
		double previousReduction = 0;
		double previousGain = Double.POSITIVE_INFINITY;
		for (int intensity = 1; intensity <= PerspectiveMix.MAX_INTENSITY; intensity++) {
			PerspectiveMix mix = PerspectiveMix.NONE.with(Handelingsperspectief.SOCIALE_AANPAK, intensity);
			double reduction = 1 - parameters.copingFactor(table.copingEffort(mix));
			double gain = reduction - previousReduction;
			assertTrue(gain > 0, "intensity " + intensity + " must help");
			assertTrue(gain < previousGain, "intensity " + intensity + " must help less than the step before");
			previousReduction = reduction;
			previousGain = gain;
		}
	}

	@Test
	void copingLowersTheProblemIndexButMovesNobody() {
		Scenario scenario = new Scenario("omgaan met A", Map.of("A", PerspectiveMix.NONE
				.with(Handelingsperspectief.SOCIALE_AANPAK, 4).with(Handelingsperspectief.LEEFOMGEVING, 4)), List.of());
		StadModel model = Cities.model();
		SimulationResult baseline = model.run(Cities.threeBuurten(), Scenario.baseline(), 3);
		SimulationResult result = model.run(Cities.threeBuurten(), scenario, 3);
		int year = Cities.START + 3;
		BuurtYear before = baseline.buurt("A", year);
		BuurtYear after = result.buurt("A", year);
		assertEquals(before.vulnerable(), after.vulnerable());
		assertEquals(before.klasse(), after.klasse());
		// effort 4 + 3 = 7
		assertEquals(before.problemIndex() * (1 - 0.5 * (1 - Math.exp(-0.35 * 7))), after.problemIndex(), 1e-9);
		assertEquals(baseline.buurt("B", year), result.buurt("B", year));
		// the start year is the state before any choice
		assertEquals(baseline.buurt("A", Cities.START), result.buurt("A", Cities.START));
	}

	@Test
	void theAnalystCanEditTheIntensityTable() {
		IntensityTable edited = parameters.intensities().with(Handelingsperspectief.SOCIALE_AANPAK, 1, 2.5);
		PerspectiveMix mix = PerspectiveMix.NONE.with(Handelingsperspectief.SOCIALE_AANPAK, 1);
		assertEquals(2.5, edited.copingEffort(mix), 1e-12);
		assertEquals(1.0, parameters.intensities().copingEffort(mix), 1e-12);
		IntensityTable redirect = parameters.intensities().with(Handelingsperspectief.HERPOSITIONERING, 4, 1.0);
		assertEquals(1.0, redirect.value(Handelingsperspectief.HERPOSITIONERING, 4), 1e-12);
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> parameters.intensities().with(Handelingsperspectief.HERPOSITIONERING, 4, 1.5));
	}
}
