package nl.veerkracht.cbs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;

class PercentageDeriverTest {

	private static final RegionCode BUURT = RegionCode.of("BU05990110");

	private static CbsData derive(Observation... observations) {
		CbsData.Builder builder = new CbsData.Builder().addRegion(new Region(BUURT, "Stadsdriehoek"));
		for (Observation observation : observations) {
			builder.add(observation);
		}
		return new PercentageDeriver(VariableCatalogue.standard()).derive(builder.build());
	}

	@Test
	void derivesThePercentageFromCountsOfTheSameRegionAndYear() {
		CbsData data = derive(Observation.measured(BUURT, "a_1p_hh", 2017, 6075, "t"),
				Observation.measured(BUURT, "a_hh", 2017, 9825, "t"));
		Observation derived = data.observation(BUURT, "p_1p_hh", 2017).orElseThrow();
		assertEquals(100.0 * 6075 / 9825, derived.value().getAsDouble(), 1e-9);
		assertEquals("derived: 100 × a_1p_hh / a_hh of BU05990110 2017", derived.source());
	}

	@Test
	void neverOverwritesAPublishedPercentage() {
		CbsData data = derive(Observation.measured(BUURT, "a_1p_hh", 2017, 6075, "t"),
				Observation.measured(BUURT, "a_hh", 2017, 9825, "t"), Observation.measured(BUURT, "p_1p_hh", 2017, 63, "t"));
		assertEquals(63, data.observation(BUURT, "p_1p_hh", 2017).orElseThrow().value().getAsDouble());
	}

	@Test
	void aZeroOrMissingDenominatorGivesMissingNotZero() {
		CbsData zero = derive(Observation.measured(BUURT, "a_1p_hh", 2017, 0, "t"),
				Observation.measured(BUURT, "a_hh", 2017, 0, "t"));
		assertEquals(Optional.of(MissingReason.NOT_DERIVABLE),
				zero.observation(BUURT, "p_1p_hh", 2017).orElseThrow().missingReason());
		CbsData secret = derive(Observation.measured(BUURT, "a_1p_hh", 2017, 10, "t"),
				Observation.missing(BUURT, "a_hh", 2017, MissingReason.SECRET, "t"));
		assertEquals(Optional.of(MissingReason.NOT_DERIVABLE),
				secret.observation(BUURT, "p_1p_hh", 2017).orElseThrow().missingReason());
	}
}
