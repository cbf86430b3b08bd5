package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtFactory;

/** A perspective acts only in the years of its measures. */
class MeasurePeriodTest {

	private static final Handelingsperspectief HERPOSITIONERING = Handelingsperspectief.HERPOSITIONERING;

	@Test
	void aPerspectiveWithAPeriodActsOnlyInItsYears() {
		StadModel model = Cities.model();
		StadInput city = Cities.threeBuurten();
		PerspectiveMix always = PerspectiveMix.NONE.with(HERPOSITIONERING, 4);
		PerspectiveMix from2018To2019 = always.during(HERPOSITIONERING, 2018, 2019);
		SimulationResult baseline = model.run(city, Scenario.baseline(), 5);
		SimulationResult full = model.run(city, new Scenario("altijd", Map.of("A", always), List.of()), 5);
		SimulationResult timed = model.run(city, new Scenario("2018-2019", Map.of("A", from2018To2019), List.of()), 5);
		// 2017: nothing yet, as the baseline
		for (String code : List.of("A", "B", "C")) {
			assertEquals(baseline.buurt(code, 2017).vulnerable(), timed.buurt(code, 2017).vulnerable(), code);
		}
		// 2018: A redirects; from the same 2017 state as the baseline, so exactly what redirecting from the start did in 2017
		assertEquals(full.buurt("A", 2017).vulnerable() - baseline.buurt("A", 2017).vulnerable(),
				timed.buurt("A", 2018).vulnerable() - baseline.buurt("A", 2018).vulnerable());
		assertTrue(timed.buurt("B", 2018).received().values().stream().mapToInt(Integer::intValue).sum() > 0);
		// 2020: the period is over, nothing more is redirected (what arrived before stays counted)
		int receivedBy2019 = timed.buurt("B", 2019).received().values().stream().mapToInt(Integer::intValue).sum();
		int receivedBy2020 = timed.buurt("B", 2020).received().values().stream().mapToInt(Integer::intValue).sum();
		assertEquals(receivedBy2019, receivedBy2020);
		// the year the redirection starts, every household redirected from A lands elsewhere (later years differ by
		// the rounding of move-outs in buurten whose composition changed)
		for (int year = 2016; year <= 2018; year++) {
			assertEquals(baseline.balance(year).vulnerableTotal(), timed.balance(year).vulnerableTotal(), "conserved");
		}
	}

	@Test
	void periodsAreCheckedAndPartOfTheMix() {
		PerspectiveMix mix = PerspectiveMix.NONE.with(HERPOSITIONERING, 3);
		assertThrows(IllegalArgumentException.class, () -> mix.during(HERPOSITIONERING, 2020, 2019));
		PerspectiveMix timed = mix.during(HERPOSITIONERING, 2020, Integer.MAX_VALUE);
		assertFalse(timed.activeIn(HERPOSITIONERING, 2019));
		assertTrue(timed.activeIn(HERPOSITIONERING, 2040));
		assertEquals(0, timed.intensityIn(HERPOSITIONERING, 2019));
		assertEquals(3, timed.intensityIn(HERPOSITIONERING, 2020));
		assertTrue(timed.activeIn(Handelingsperspectief.LEEFOMGEVING, 2000), "no period: always");
		assertNotEquals(mix, timed);
		assertEquals(timed, mix.during(HERPOSITIONERING, 2020, Integer.MAX_VALUE));
		assertEquals(timed.hashCode(), mix.during(HERPOSITIONERING, MeasurePeriod.startingIn(2020)).hashCode());
		assertNotEquals(timed, mix.during(HERPOSITIONERING, 2020, 2039), "another end year is another mix");
		assertEquals(MeasurePeriod.startingIn(2020), timed.period(HERPOSITIONERING).orElseThrow());
		assertTrue(timed.period(Handelingsperspectief.LEEFOMGEVING).isEmpty());
	}

	@Test
	void aPeriodIsAValueThatHoldsItsYears() {
		MeasurePeriod period = new MeasurePeriod(2025, 2028);
		assertEquals(new MeasurePeriod(2025, 2028), period);
		assertEquals(new MeasurePeriod(2025, 2028).hashCode(), period.hashCode());
		assertFalse(period.contains(2024));
		assertTrue(period.contains(2025));
		assertTrue(period.contains(2028));
		assertFalse(period.contains(2029));
		assertFalse(period.isOpenEnded());
		assertTrue(MeasurePeriod.startingIn(2025).isOpenEnded());
		assertTrue(MeasurePeriod.startingIn(2025).contains(Integer.MAX_VALUE));
		assertTrue(new MeasurePeriod(2025, 2025).contains(2025), "one year");
		IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> new MeasurePeriod(2020, 2019));
		assertTrue(backwards.getMessage().contains("2019") && backwards.getMessage().contains("2020"), backwards.getMessage());
		assertEquals("2025-2028", period.toString());
		assertEquals("2025-", MeasurePeriod.startingIn(2025).toString());
	}

	@Test
	void theDatesOfTheMeasuresGiveThePeriod() {
		PerspectiefInzet inzet = VeerkrachtFactory.eINSTANCE.createPerspectiefInzet();
		assertTrue(ModelScenarios.period(inzet).isEmpty(), "no measures: every year");
		inzet.getMaatregelen().add(maatregel(null, 2030));
		assertTrue(ModelScenarios.period(inzet).isEmpty(), "no start year: every year");
		inzet.getMaatregelen().add(maatregel(2026, 2028));
		inzet.getMaatregelen().add(maatregel(2025, 2027));
		assertEquals(new MeasurePeriod(2025, 2028), ModelScenarios.period(inzet).orElseThrow());
		inzet.getMaatregelen().add(maatregel(2027, null));
		assertEquals(MeasurePeriod.startingIn(2025), ModelScenarios.period(inzet).orElseThrow());
	}

	private static Maatregel maatregel(Integer start, Integer end) {
		Maatregel maatregel = VeerkrachtFactory.eINSTANCE.createMaatregel();
		maatregel.setDescription("m");
		maatregel.setStartYear(start);
		maatregel.setEndYear(end);
		return maatregel;
	}
}
