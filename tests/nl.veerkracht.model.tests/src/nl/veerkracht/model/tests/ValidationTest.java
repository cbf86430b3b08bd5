package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.validation.VeerkrachtValidator;

class ValidationTest {

	@Test
	void theBundleRegistersTheValidatorForThePackage() {
		assertInstanceOf(VeerkrachtValidator.class, EValidator.Registry.INSTANCE.getEValidator(VeerkrachtPackage.eINSTANCE));
	}

	@Test
	void theFullAnalysisIsValid() {
		assertEquals(List.of(), errors(FullAnalyse.create()));
	}

	@Test
	void intensityOutsideZeroToFourIsAnError() {
		assertEquals(List.of(), errors(withSchets(s -> s.getPerspectiefMix().get(0).setIntensity(4))));
		assertEquals(List.of(), errors(withSchets(s -> s.getPerspectiefMix().get(1).setIntensity(0))));

		List<String> tooHigh = errors(withSchets(s -> s.getPerspectiefMix().get(0).setIntensity(5)));
		List<String> negative = errors(withSchets(s -> s.getPerspectiefMix().get(1).setIntensity(-1)));
		List<String> buurt = errors(withSchets(s -> s.getPerspectiefMix().get(0).getBuurtVerfijningen().get(0).setIntensity(9)));

		assertEquals(List.of("De intensiteit van perspectiefinzet 'Sociale aanpak' in wijkschets 'Wijkschets Poelenburg' is 5;"
				+ " die moet tussen 0 (geen) en 4 (vol op het orgel) liggen."), tooHigh);
		assertEquals(1, negative.size());
		assertTrue(negative.get(0).contains("'Woningprogramma'") && negative.get(0).contains("is -1"), negative.get(0));
		assertEquals(1, buurt.size());
		assertTrue(buurt.get(0).startsWith("De intensiteit van buurtverfijning in perspectiefinzet 'Sociale aanpak'"), buurt.get(0));
	}

	@Test
	void aBuurtRefinementNamesABuurtOfTheWijkschetsArea() {
		List<String> elsewhere = errors(withSchets(s -> s.getPerspectiefMix().get(0).getBuurtVerfijningen().get(0)
				.setBuurt(buurtOfAnotherWijk(s))));
		List<String> none = errors(withSchets(s -> s.getPerspectiefMix().get(0).getBuurtVerfijningen().get(0).setBuurt(null)));
		List<String> inGebied = errors(withSchets(s -> {
			Buurt peldersveld = buurtOfAnotherWijk(s);
			s.getPerspectiefMix().get(0).getBuurtVerfijningen().get(0).setBuurt(peldersveld);
			Gebied gebied = ((Analyse) s.eContainer()).getGebieden().get(0);
			gebied.getOnderdelen().add(peldersveld);
			s.setGebied(gebied);
		}));

		assertEquals(List.of("buurtverfijning in perspectiefinzet 'Sociale aanpak' in wijkschets 'Wijkschets Poelenburg' noemt"
				+ " buurt 'Peldersveld-Noord' (BU04790401), die niet in wijk 'Poelenburg' (WK047903) ligt; een verfijning hoort"
				+ " bij een buurt van het gebied zelf."), elsewhere);
		assertEquals(List.of("buurtverfijning in perspectiefinzet 'Sociale aanpak' in wijkschets 'Wijkschets Poelenburg' noemt"
				+ " geen buurt."), none);
		assertEquals(List.of(), inGebied, "a buurt of the gebied may be refined");
	}

	/** Adds the wijk Peldersveld with one buurt to the gemeente of the wijkschets, and returns the buurt. */
	private static Buurt buurtOfAnotherWijk(Wijkschets schets) {
		Wijk peldersveld = VeerkrachtFactory.eINSTANCE.createWijk();
		peldersveld.setName("Peldersveld");
		peldersveld.setCode("WK047904");
		((Wijk) schets.getGebied()).getGemeente().getWijken().add(peldersveld);
		Buurt buurt = VeerkrachtFactory.eINSTANCE.createBuurt();
		buurt.setName("Peldersveld-Noord");
		buurt.setCode("BU04790401");
		peldersveld.getBuurten().add(buurt);
		return buurt;
	}

	@Test
	void aCompleteWijkschetsNeedsProbleemanalyseAndDefinitieVanSucces() {
		List<String> errors = errors(withSchets(s -> {
			s.setProbleemanalyse(" ");
			s.setDefinitieVanSucces(null);
		}));

		assertEquals(List.of(
				"wijkschets 'Wijkschets Poelenburg' is als compleet gemarkeerd, maar heeft geen probleemanalyse.",
				"wijkschets 'Wijkschets Poelenburg' is als compleet gemarkeerd, maar heeft geen definitie van succes."), errors);
	}

	@Test
	void anIncompleteWijkschetsMayLackEverySection() {
		assertEquals(List.of(), errors(withSchets(s -> {
			s.setComplete(false);
			s.setProbleemanalyse(null);
			s.setDefinitieVanSucces(null);
			s.getStatusBeoordelingen().clear();
			s.getPerspectiefMix().clear();
		})));
	}

	@Test
	void aCompleteWijkschetsRatesEachAspectExactlyOnce() {
		List<String> unrated = errors(withSchets(s -> s.getStatusBeoordelingen().get(1).unsetRating()));
		List<String> missing = errors(withSchets(s -> s.getStatusBeoordelingen().remove(2)));
		List<String> twice = errors(withSchets(s -> s.getStatusBeoordelingen()
				.add(FullAnalyse.status(StatusAspect.FYSIEKE_KWALITEIT, Beoordeling.GOED))));

		assertEquals(List.of("wijkschets 'Wijkschets Poelenburg' is als compleet gemarkeerd, maar heeft geen beoordeling"
				+ " van de sociale leefbaarheid."), unrated);
		assertEquals(List.of("wijkschets 'Wijkschets Poelenburg' is als compleet gemarkeerd, maar heeft geen beoordeling"
				+ " van de sociale infrastructuur."), missing);
		assertEquals(List.of("wijkschets 'Wijkschets Poelenburg' is als compleet gemarkeerd, maar beoordeelt de fysieke"
				+ " kwaliteit 2 keer in plaats van één keer."), twice);
	}

	@Test
	void aCompleteWijkschetsUsesAtLeastOnePerspective() {
		List<String> none = errors(withSchets(s -> s.getPerspectiefMix().get(0).setIntensity(0)));
		List<String> empty = errors(withSchets(s -> s.getPerspectiefMix().clear()));

		String expected = "wijkschets 'Wijkschets Poelenburg' is als compleet gemarkeerd, maar zet geen enkel"
				+ " handelingsperspectief in (geen intensiteit boven 0).";
		assertEquals(List.of(expected), none);
		assertEquals(List.of(expected), empty);
	}

	@Test
	void aWijkschetsIsAboutAWijkOrAGebied() {
		assertEquals(List.of(), errors(withSchets(s -> s.setGebied(((Analyse) s.eContainer()).getGebieden().get(0)))));

		List<String> errors = errors(withSchets(s -> s.setGebied(((Wijk) s.getGebied()).getBuurten().get(0))));

		assertEquals(List.of("wijkschets 'Wijkschets Poelenburg' gaat over buurt 'Poelenburg-Noord' (BU04790301);"
				+ " een wijkschets hoort bij een wijk of een gebied."), errors);
	}

	@Test
	void anAgreementNeedsTwoParties() {
		assertEquals(List.of(), errors(withAfspraak(a -> a.getParties().remove(2))));

		List<String> errors = errors(withAfspraak(a -> a.getParties().subList(1, 3).clear()));

		assertEquals(List.of("prestatieafspraak 'Meer dragers in Poelenburg' noemt 1 partij(en); een prestatieafspraak"
				+ " heeft er minstens twee."), errors);
	}

	@Test
	void anAgreementNeedsAnIndicatorAndABaseline() {
		List<String> noIndicator = errors(withAfspraak(a -> a.setIndicatorVariableId("")));
		List<String> noBaselineValue = errors(withAfspraak(a -> a.setBaselineValue(null)));
		List<String> noBaselineYear = errors(withAfspraak(a -> a.setBaselineYear(null)));

		assertEquals(List.of("prestatieafspraak 'Meer dragers in Poelenburg' noemt geen indicator waarmee ze gemeten wordt."),
				noIndicator);
		String baseline = "prestatieafspraak 'Meer dragers in Poelenburg' heeft geen nulmeting (waarde en jaar).";
		assertEquals(List.of(baseline), noBaselineValue);
		assertEquals(List.of(baseline), noBaselineYear);
	}

	@Test
	void anAgreementNeedsATargetYearAfterTheBaseline() {
		assertEquals(List.of(), errors(withAfspraak(a -> a.setTargetYear(2023))));

		List<String> none = errors(withAfspraak(a -> a.setTargetYear(null)));
		List<String> same = errors(withAfspraak(a -> a.setTargetYear(2022)));

		assertEquals(List.of("prestatieafspraak 'Meer dragers in Poelenburg' heeft geen streefjaar."), none);
		assertEquals(List.of("prestatieafspraak 'Meer dragers in Poelenburg' heeft streefjaar 2022, dat moet na het jaar"
				+ " van de nulmeting (2022) liggen."), same);
	}

	@Test
	void codesMatchTheirLevel() {
		List<String> gemeente = errors(withAnalyse(a -> a.getGemeenten().get(0).setCode("GM479")));
		List<String> wijk = errors(withAnalyse(a -> wijk(a).setCode("BU04790300")));
		List<String> buurt = errors(withAnalyse(a -> wijk(a).getBuurten().get(0).setCode("WK047903")));
		List<String> none = errors(withAnalyse(a -> wijk(a).getBuurten().get(1).setCode(null)));

		assertEquals(List.of("gemeente 'Zaanstad' (GM479) heeft code 'GM479'; een code op dit niveau is GM gevolgd door 4 cijfers."),
				gemeente);
		assertEquals(List.of("wijk 'Poelenburg' (BU04790300) heeft code 'BU04790300'; een code op dit niveau is WK gevolgd door"
				+ " 6 cijfers."), wijk);
		assertEquals(List.of("buurt 'Poelenburg-Noord' (WK047903) heeft code 'WK047903'; een code op dit niveau is BU gevolgd"
				+ " door 8 cijfers."), buurt);
		assertEquals(List.of("buurt 'Poelenburg-Zuid' heeft code (geen); een code op dit niveau is BU gevolgd door 8 cijfers."),
				none);
	}

	@Test
	void noTwoBuurtenInAnAnalysisShareACode() {
		List<String> errors = errors(withAnalyse(a -> {
			Gemeente tweede = VeerkrachtFactory.eINSTANCE.createGemeente();
			tweede.setName("Oostzaan");
			tweede.setCode("GM0431");
			Wijk wijk = VeerkrachtFactory.eINSTANCE.createWijk();
			wijk.setName("Oostzaan");
			wijk.setCode("WK043100");
			Buurt buurt = VeerkrachtFactory.eINSTANCE.createBuurt();
			buurt.setName("Kopie");
			buurt.setCode("BU04790302");
			wijk.getBuurten().add(buurt);
			tweede.getWijken().add(wijk);
			a.getGemeenten().add(tweede);
		}));

		assertEquals(List.of("buurt 'Kopie' (BU04790302) in analyse 'Zaanstad 2024 — veerkracht' heeft dezelfde code als"
				+ " buurt 'Poelenburg-Zuid' (BU04790302); elke buurt heeft een eigen code."), errors);
	}

	private static Wijk wijk(Analyse analyse) {
		return analyse.getGemeenten().get(0).getWijken().get(0);
	}

	private static Analyse withAnalyse(Consumer<Analyse> change) {
		Analyse analyse = FullAnalyse.create();
		change.accept(analyse);
		return analyse;
	}

	private static Analyse withSchets(Consumer<Wijkschets> change) {
		return withAnalyse(a -> change.accept(a.getWijkschetsen().get(0)));
	}

	private static Analyse withAfspraak(Consumer<Prestatieafspraak> change) {
		return withAnalyse(a -> change.accept(a.getPrestatieafspraken().get(0)));
	}

	private static List<String> errors(Analyse analyse) {
		Diagnostic result = Diagnostician.INSTANCE.validate(analyse);
		return result.getChildren().stream().map(Diagnostic::getMessage).toList();
	}
}
