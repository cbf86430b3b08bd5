package nl.veerkracht.model.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;

class WijkschetsenTest {

	@Test
	void aNewWijkschetsHasTheFourPerspectivesAtZeroAndTheThreeAspectsUnrated() {
		Wijk delfshaven = wijk("WK059903", "Delfshaven");
		Wijkschets schets = Wijkschetsen.nieuw(delfshaven);
		assertEquals("Delfshaven", schets.getName());
		assertSame(delfshaven, schets.getGebied());
		assertEquals(EnumSet.allOf(Handelingsperspectief.class),
				EnumSet.copyOf(schets.getPerspectiefMix().stream().map(PerspectiefInzet::getPerspective).toList()));
		assertTrue(schets.getPerspectiefMix().stream().allMatch(inzet -> inzet.getIntensity() == Intensiteit.MIN));
		assertEquals(List.of(StatusAspect.FYSIEKE_KWALITEIT, StatusAspect.SOCIALE_LEEFBAARHEID, StatusAspect.SOCIALE_INFRASTRUCTUUR),
				schets.getStatusBeoordelingen().stream().map(StatusBeoordeling::getAspect).toList());
		assertTrue(schets.getStatusBeoordelingen().stream().noneMatch(StatusBeoordeling::isSetRating));
		assertTrue(schets.getKaart().isSignaalkaartInset());
		assertFalse(schets.isComplete());
	}

	@Test
	void aNewWijkschetsInAnAnalysisIsValidUntilMarkedComplete() {
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		Gemeente rotterdam = VeerkrachtFactory.eINSTANCE.createGemeente();
		rotterdam.setCode("GM0599");
		rotterdam.setName("Rotterdam");
		Wijk delfshaven = wijk("WK059903", "Delfshaven");
		rotterdam.getWijken().add(delfshaven);
		analyse.getGemeenten().add(rotterdam);
		Wijkschets schets = Wijkschetsen.nieuw(delfshaven);
		analyse.getWijkschetsen().add(schets);
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(schets).getSeverity());
		assertSame(schets, Wijkschetsen.van(analyse, delfshaven).orElseThrow());
		assertTrue(Wijkschetsen.van(analyse, wijk("WK059901", "Centrum")).isEmpty());

		schets.setComplete(true);
		List<String> problems = Diagnostician.INSTANCE.validate(schets).getChildren().stream().map(Diagnostic::getMessage)
				.toList();
		assertTrue(problems.stream().anyMatch(p -> p.contains("probleemanalyse")), problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.contains("geen enkel handelingsperspectief")), problems::toString);
		assertEquals(3, problems.stream().filter(p -> p.contains("geen beoordeling van de")).count(), problems::toString);
	}

	private static Wijk wijk(String code, String name) {
		Wijk wijk = VeerkrachtFactory.eINSTANCE.createWijk();
		wijk.setCode(code);
		wijk.setName(name);
		return wijk;
	}
}
