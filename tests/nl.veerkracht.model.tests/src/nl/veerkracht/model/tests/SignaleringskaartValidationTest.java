package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Signaleringskaart;

/** The rules of a signal map's settings, with their Dutch messages. */
class SignaleringskaartValidationTest {

	@Test
	void theFixturesSignalMapIsValid() {
		assertEquals(List.of(), errors(k -> {
		}));
	}

	@Test
	void aWeightIsFiniteAndNotNegative() {
		assertEquals(List.of(), errors(k -> k.getGewichten().get(0).setGewicht(0)));

		assertEquals(List.of("indicatorgewicht 'laag_inkomen' in signaleringskaart GM0479 (2022) is -1,5; een gewicht is"
				+ " een eindig getal van 0 of meer."), errors(k -> k.getGewichten().get(0).setGewicht(-1.5)));
		assertEquals(List.of("indicatorgewicht 'bijstand' in signaleringskaart GM0479 (2022) is NaN; een gewicht is"
				+ " een eindig getal van 0 of meer."), errors(k -> k.getGewichten().get(1).setGewicht(Double.NaN)));
		assertEquals(1, errors(k -> k.getGewichten().get(1).setGewicht(Double.POSITIVE_INFINITY)).size());
	}

	@Test
	void aWeightNamesItsIndicator() {
		assertEquals(List.of("indicatorgewicht (zonder naam) in signaleringskaart GM0479 (2022) noemt geen indicator."),
				errors(k -> k.getGewichten().get(1).setIndicatorId(" ")));
	}

	@Test
	void anIndicatorHasAtMostOneWeight() {
		assertEquals(List.of("signaleringskaart GM0479 (2022) geeft indicator 'laag_inkomen' meer dan één gewicht;"
				+ " elke indicator heeft hoogstens één gewicht."),
				errors(k -> k.getGewichten().add(FullAnalyse.gewicht("laag_inkomen", 1))));
	}

	@Test
	void theMinimumCoverageLiesAboveZeroAndAtMostOne() {
		assertEquals(List.of(), errors(k -> k.setMinimaleDekking(1)));
		assertEquals(List.of(), errors(k -> k.setMinimaleDekking(0.01)));

		String zero = "signaleringskaart GM0479 (2022) heeft minimale dekking 0; die moet groter dan 0 en hoogstens 1 zijn.";
		assertEquals(List.of(zero), errors(k -> k.setMinimaleDekking(0)));
		assertEquals(List.of("signaleringskaart GM0479 (2022) heeft minimale dekking 1,2; die moet groter dan 0 en"
				+ " hoogstens 1 zijn."), errors(k -> k.setMinimaleDekking(1.2)));
		assertEquals(1, errors(k -> k.setMinimaleDekking(Double.NaN)).size());
	}

	@Test
	void theGemeenteCodeIsGmAndFourDigitsOrEmpty() {
		assertEquals(List.of(), errors(k -> k.setGemeenteCode(null)));
		assertEquals(List.of(), errors(k -> k.setGemeenteCode("")));

		assertEquals(List.of("signaleringskaart Zaanstad (2022) heeft gemeentecode 'Zaanstad'; een gemeentecode is GM"
				+ " gevolgd door 4 cijfers, of leeg voor alle buurten."), errors(k -> k.setGemeenteCode("Zaanstad")));
		assertEquals(1, errors(k -> k.setGemeenteCode("GM479")).size());
		assertEquals(1, errors(k -> k.setGemeenteCode("BU04790301")).size());
	}

	@Test
	void theYearIsAYearOrZeroForTheLatest() {
		assertEquals(List.of(), errors(k -> k.setJaar(0)));

		assertEquals(List.of("signaleringskaart GM0479 (-2022) heeft jaar -2022; dat is een jaartal, of 0 voor het"
				+ " laatste jaar in de gegevens."), errors(k -> k.setJaar(-2022)));
	}

	@Test
	void theSignalMapNamesItsFiles() {
		assertEquals(List.of("signaleringskaart GM0479 (2022) noemt geen KWB-bestand.",
				"signaleringskaart GM0479 (2022) noemt geen bestand met buurtgrenzen."), errors(k -> {
					k.getKwbBestanden().clear();
					k.setGrenzen(null);
				}));
	}

	private static List<String> errors(Consumer<Signaleringskaart> change) {
		Analyse analyse = FullAnalyse.create();
		change.accept(analyse.getSignaleringskaart());
		return Diagnostician.INSTANCE.validate(analyse).getChildren().stream().map(Diagnostic::getMessage).toList();
	}
}
