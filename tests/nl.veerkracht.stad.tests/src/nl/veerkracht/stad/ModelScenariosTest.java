package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Wijkschetsen;

/** From the scenarios and wijkschetsen of an analysis to the mixes per buurt the model runs. */
class ModelScenariosTest {

	private static final VeerkrachtFactory FACTORY = VeerkrachtFactory.eINSTANCE;

	private final Gemeente gemeente = gemeente("GM0001", "Stad");
	private final Wijk noord = wijk("WK000101", "Noord");
	private final Wijk zuid = wijk("WK000102", "Zuid");
	private final Buurt noordA = buurt(noord, "BU00010101", "Noord A");
	private final Buurt noordB = buurt(noord, "BU00010102", "Noord B");
	private final Buurt zuidA = buurt(zuid, "BU00010201", "Zuid A");
	private final StadInput input = new StadInput(2016, List.of(start("BU00010101"), start("BU00010102"),
			start("BU00010201"), start("BU00010202")));

	@Test
	void aWijkMixAppliesToItsBuurtenAndABuurtMixWins() {
		nl.veerkracht.model.Scenario scenario = FACTORY.createScenario();
		scenario.setName("variant");
		scenario.getMixes().add(mix(gemeente, Handelingsperspectief.SOCIALE_AANPAK, 1));
		scenario.getMixes().add(mix(noord, Handelingsperspectief.HERPOSITIONERING, 3));
		scenario.getMixes().add(mix(noordB, Handelingsperspectief.HERPOSITIONERING, 1));
		Scenario stad = ModelScenarios.toStad(scenario, input);
		assertEquals("variant", stad.name());
		assertEquals(3, stad.mix("BU00010101").intensity(Handelingsperspectief.HERPOSITIONERING));
		assertEquals(0, stad.mix("BU00010101").intensity(Handelingsperspectief.SOCIALE_AANPAK), "the wijk decides");
		assertEquals(1, stad.mix("BU00010102").intensity(Handelingsperspectief.HERPOSITIONERING), "the buurt decides");
		assertEquals(1, stad.mix("BU00010201").intensity(Handelingsperspectief.SOCIALE_AANPAK), "the gemeente's mix");
		assertEquals(1, stad.mix("BU00010202").intensity(Handelingsperspectief.SOCIALE_AANPAK));
	}

	@Test
	void aGebiedCoversItsPartsAndSameKindAreasTakeTheHighestIntensity() {
		Gebied gebied = FACTORY.createGebied();
		gebied.setName("Noord en Zuid A");
		gebied.getOnderdelen().add(noord);
		gebied.getOnderdelen().add(zuidA);
		Gebied ander = FACTORY.createGebied();
		ander.setName("Zuid A");
		ander.getOnderdelen().add(zuidA);
		nl.veerkracht.model.Scenario scenario = FACTORY.createScenario();
		scenario.setName("gebieden");
		scenario.getMixes().add(mix(gebied, Handelingsperspectief.LEEFOMGEVING, 2));
		scenario.getMixes().add(mix(ander, Handelingsperspectief.LEEFOMGEVING, 4));
		assertEquals(Set.of("BU00010101", "BU00010102", "BU00010201"), ModelScenarios.buurtCodes(gebied, input));
		Scenario stad = ModelScenarios.toStad(scenario, input);
		assertEquals(Map.of("BU00010101", 2, "BU00010102", 2, "BU00010201", 4),
				Map.of("BU00010101", stad.mix("BU00010101").intensity(Handelingsperspectief.LEEFOMGEVING),
						"BU00010102", stad.mix("BU00010102").intensity(Handelingsperspectief.LEEFOMGEVING),
						"BU00010201", stad.mix("BU00010201").intensity(Handelingsperspectief.LEEFOMGEVING)));
		assertEquals(PerspectiveMix.NONE, stad.mix("BU00010202"));
	}

	@Test
	void theWijkschetsenGiveTheirMixesAndBuurtRefinements() {
		Wijkschets noordSchets = Wijkschetsen.nieuw(noord);
		intensity(noordSchets, Handelingsperspectief.HERPOSITIONERING, 4).getBuurtVerfijningen().add(verfijning(noordA, 1));
		nl.veerkracht.model.Maatregel sloop = FACTORY.createMaatregel();
		sloop.setDescription("Sloop en nieuwbouw");
		sloop.setStartYear(2026);
		sloop.setEndYear(2031);
		intensity(noordSchets, Handelingsperspectief.SOCIALE_AANPAK, 2);
		Wijkschets zuidSchets = Wijkschetsen.nieuw(zuid);
		intensity(zuidSchets, Handelingsperspectief.WONINGPROGRAMMA, 3).getMaatregelen().add(sloop);
		nl.veerkracht.model.Scenario scenario = ModelScenarios.fromWijkschetsen("wijkschetsen",
				List.of(noordSchets, zuidSchets));
		assertEquals("wijkschetsen", scenario.getName());
		assertEquals(3, scenario.getMixes().size(), "two wijken and one refined buurt");
		assertTrue(scenario.getDescription().contains("Noord") && scenario.getDescription().contains("Zuid"));
		Scenario stad = ModelScenarios.toStad(scenario, input);
		PerspectiveMix a = stad.mix("BU00010101");
		assertEquals(1, a.intensity(Handelingsperspectief.HERPOSITIONERING), "refined");
		assertEquals(2, a.intensity(Handelingsperspectief.SOCIALE_AANPAK), "the wijk's other intensities stay");
		assertEquals(4, stad.mix("BU00010102").intensity(Handelingsperspectief.HERPOSITIONERING));
		assertEquals(3, stad.mix("BU00010202").intensity(Handelingsperspectief.WONINGPROGRAMMA));
		// the measure's dates travel with the scenario and limit the woningprogramma to 2026-2031
		assertEquals("Sloop en nieuwbouw", scenario.getMixes().stream().filter(m -> m.getGebied() == zuid).findFirst()
				.orElseThrow().getInzet().stream()
				.filter(i -> i.getPerspective() == Handelingsperspectief.WONINGPROGRAMMA).findFirst().orElseThrow()
				.getMaatregelen().get(0).getDescription());
		assertEquals(1, zuidSchets.getPerspectiefMix().stream()
				.filter(i -> i.getPerspective() == Handelingsperspectief.WONINGPROGRAMMA).findFirst().orElseThrow()
				.getMaatregelen().size(), "copied, not moved");
		assertEquals(0, stad.mix("BU00010202").intensityIn(Handelingsperspectief.WONINGPROGRAMMA, 2025));
		assertEquals(3, stad.mix("BU00010202").intensityIn(Handelingsperspectief.WONINGPROGRAMMA, 2026));
		assertEquals(0, stad.mix("BU00010202").intensityIn(Handelingsperspectief.WONINGPROGRAMMA, 2032));
		assertEquals(4, stad.mix("BU00010102").intensityIn(Handelingsperspectief.HERPOSITIONERING, 2017), "no dated measures");
	}

	@Test
	void theBaselineHasNoMixes() {
		nl.veerkracht.model.Scenario baseline = ModelScenarios.baseline();
		assertEquals(Scenario.BASELINE_NAME, baseline.getName());
		assertTrue(ModelScenarios.toStad(baseline, input).mixes().isEmpty());
	}

	private static PerspectiefInzet intensity(Wijkschets schets, Handelingsperspectief perspective, int intensity) {
		PerspectiefInzet inzet = schets.getPerspectiefMix().stream().filter(i -> i.getPerspective() == perspective)
				.findFirst().orElseThrow();
		inzet.setIntensity(intensity);
		return inzet;
	}

	private static BuurtVerfijning verfijning(Buurt buurt, int intensity) {
		BuurtVerfijning verfijning = FACTORY.createBuurtVerfijning();
		verfijning.setBuurt(buurt);
		verfijning.setIntensity(intensity);
		return verfijning;
	}

	private static GebiedsMix mix(nl.veerkracht.model.Regio gebied, Handelingsperspectief perspective, int intensity) {
		GebiedsMix mix = FACTORY.createGebiedsMix();
		mix.setGebied(gebied);
		PerspectiefInzet inzet = FACTORY.createPerspectiefInzet();
		inzet.setPerspective(perspective);
		inzet.setIntensity(intensity);
		mix.getInzet().add(inzet);
		return mix;
	}

	private Gemeente gemeente(String code, String name) {
		Gemeente result = FACTORY.createGemeente();
		result.setCode(code);
		result.setName(name);
		return result;
	}

	private Wijk wijk(String code, String name) {
		Wijk result = FACTORY.createWijk();
		result.setCode(code);
		result.setName(name);
		gemeente.getWijken().add(result);
		return result;
	}

	private static Buurt buurt(Wijk wijk, String code, String name) {
		Buurt result = FACTORY.createBuurt();
		result.setCode(code);
		result.setName(name);
		wijk.getBuurten().add(result);
		return result;
	}

	private static BuurtStart start(String code) {
		return new BuurtStart(code, code, new SegmentValues(100, 0, 0), 100, 0.2);
	}
}
