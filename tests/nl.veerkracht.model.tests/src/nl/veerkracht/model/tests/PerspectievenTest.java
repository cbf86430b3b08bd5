package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Domein;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.model.method.Perspectieven;

class PerspectievenTest {

	@Test
	void eachPerspectiveKnowsItsAxesAsInTheMethod() {
		assertAxes(Handelingsperspectief.SOCIALE_AANPAK, Domein.MENS, Strategie.OMGAAN_MET);
		assertAxes(Handelingsperspectief.HERPOSITIONERING, Domein.MENS, Strategie.TEGENGAAN_VAN);
		assertAxes(Handelingsperspectief.LEEFOMGEVING, Domein.FYSIEK, Strategie.OMGAAN_MET);
		assertAxes(Handelingsperspectief.WONINGPROGRAMMA, Domein.FYSIEK, Strategie.TEGENGAAN_VAN);
	}

	@Test
	void theFourPerspectivesFillTheTwoByTwo() {
		Set<Handelingsperspectief> cells = new HashSet<>();
		for (Domein domein : Domein.VALUES) {
			for (Strategie strategie : Strategie.VALUES) {
				Handelingsperspectief perspective = Perspectieven.of(domein, strategie);
				assertEquals(domein, Perspectieven.domein(perspective));
				assertEquals(strategie, Perspectieven.strategie(perspective));
				cells.add(perspective);
			}
		}
		assertEquals(Set.copyOf(Handelingsperspectief.VALUES), cells);
	}

	@Test
	void intensityHasTheWorkshopsWords() {
		assertEquals(List.of("geen", "beperkt", "gemiddeld", "fors", "vol op het orgel"),
				List.of(0, 1, 2, 3, 4).stream().map(Intensiteit::woord).toList());
		assertEquals("buiten de schaal (5)", Intensiteit.woord(5));
		assertTrue(Intensiteit.isValid(0) && Intensiteit.isValid(4));
		assertFalse(Intensiteit.isValid(-1) || Intensiteit.isValid(5));
	}

	@Test
	void aPerspectiefInzetAnswersItsAxesAndWordThroughTheModel() {
		PerspectiefInzet inzet = FullAnalyse.inzet(Handelingsperspectief.WONINGPROGRAMMA, 2, "wat sloop");

		assertEquals(Domein.FYSIEK, inzet.getDomein());
		assertEquals(Strategie.TEGENGAAN_VAN, inzet.getStrategie());
		assertEquals("gemiddeld", inzet.getIntensityWord());
	}

	private static void assertAxes(Handelingsperspectief perspective, Domein domein, Strategie strategie) {
		assertEquals(domein, Perspectieven.domein(perspective), perspective.getName());
		assertEquals(strategie, Perspectieven.strategie(perspective), perspective.getName());
	}
}
