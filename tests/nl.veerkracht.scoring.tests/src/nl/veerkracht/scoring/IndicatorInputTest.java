package nl.veerkracht.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;

class IndicatorInputTest {

	private static final RegionCode BUURT = RegionCode.of("BU09990101");
	private static final RegionCode EMPTY = RegionCode.of("BU09990102");

	private static final CbsData DATA = fixture();

	private static CbsData fixture() {
		CbsData.Builder builder = new CbsData.Builder();
		builder.addRegion(new Region(BUURT, "Proefbuurt")).addRegion(new Region(EMPTY, "Bedrijventerrein"));
		builder.add(Observation.measured(BUURT, "a_inw", 2020, 2000, "test.csv, line 2, column 3"));
		builder.add(Observation.measured(BUURT, "a_soz_wb", 2020, 50, "test.csv, line 2, column 4"));
		builder.add(Observation.missing(BUURT, "a_soz_ao", 2020, MissingReason.SECRET, "test.csv, line 2, column 5"));
		builder.add(Observation.measured(BUURT, "a_soz_ww", 2020, 30, "test.csv, line 2, column 6"));
		builder.add(Observation.measured(EMPTY, "a_inw", 2020, 0, "test.csv, line 3, column 3"));
		builder.add(Observation.measured(EMPTY, "a_soz_wb", 2020, 0, "test.csv, line 3, column 4"));
		return builder.build();
	}

	private static IndicatorInput input(RegionCode region) {
		return new IndicatorInput(DATA, region, 2020, Set.of("a_inw", "a_soz_wb", "a_soz_ao", "a_soz_ww", "p_hh_lkk"));
	}

	@Test
	void aMeasuredVariableCarriesItsValueAndSource() {
		IndicatorResult.Measured inhabitants = assertInstanceOf(IndicatorResult.Measured.class, input(BUURT).value("a_inw"));
		assertEquals(2000, inhabitants.value());
		assertEquals("a_inw = 2000 (test.csv, line 2, column 3)", inhabitants.trace());
	}

	@Test
	void aSuppressedVariableIsMissingWithTheReasonCbsGave() {
		IndicatorResult.Missing ao = assertInstanceOf(IndicatorResult.Missing.class, input(BUURT).value("a_soz_ao"));
		assertEquals(MissingCause.INPUT_MISSING, ao.cause());
		assertEquals(Optional.of(MissingReason.SECRET), ao.cbsReason());
		assertEquals("SECRET", ao.reason());
		assertTrue(Double.isNaN(ao.valueOrNaN()));
		assertEquals("a_soz_ao SECRET (test.csv, line 2, column 5)", ao.trace());
	}

	@Test
	void aVariableNoFileHadIsMissingNotZero() {
		IndicatorResult.Missing income = assertInstanceOf(IndicatorResult.Missing.class, input(BUURT).value("p_hh_lkk"));
		assertEquals(MissingCause.INPUT_NOT_READ, income.cause());
		assertEquals(Optional.empty(), income.cbsReason());
		assertEquals("p_hh_lkk not read for BU09990101 2020", income.trace());
	}

	@Test
	void readingAnUndeclaredVariableFails() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> input(BUURT).value("g_wozbag"));
		assertTrue(e.getMessage().startsWith("The indicator reads variable g_wozbag, which its contribution does not declare"),
				e.getMessage());
	}

	@Test
	void perThousandInhabitantsDividesCountsOfTheSameRegionAndYear() {
		IndicatorResult bijstand = input(BUURT).ratio("a_soz_wb", "a_inw", 1000);
		assertEquals(25.0, bijstand.valueOrNaN(), 1e-12);
		assertEquals("1000 × (a_soz_wb = 50 (test.csv, line 2, column 4)) / (a_inw = 2000 (test.csv, line 2, column 3))",
				bijstand.trace());
	}

	@Test
	void aRatioWithAMissingInputIsMissingWithThatInputsReason() {
		IndicatorResult.Missing ao = assertInstanceOf(IndicatorResult.Missing.class, input(BUURT).ratio("a_soz_ao", "a_inw", 1000));
		assertEquals(Optional.of(MissingReason.SECRET), ao.cbsReason());
		IndicatorResult.Missing noDenominator = assertInstanceOf(IndicatorResult.Missing.class,
				input(BUURT).ratio("a_soz_wb", "p_hh_lkk", 1000));
		assertEquals(MissingCause.INPUT_NOT_READ, noDenominator.cause());
	}

	@Test
	void aRatioOverNoInhabitantsIsMissingNotZero() {
		IndicatorResult.Missing empty = assertInstanceOf(IndicatorResult.Missing.class, input(EMPTY).ratio("a_soz_wb", "a_inw", 1000));
		assertEquals(MissingCause.ZERO_DENOMINATOR, empty.cause());
		assertEquals("ZERO_DENOMINATOR", empty.reason());
	}

	@Test
	void aSumIsMissingWhenOneTermIs() {
		assertEquals(80, input(BUURT).sum("a_soz_wb", "a_soz_ww").valueOrNaN());
		IndicatorResult.Missing all = assertInstanceOf(IndicatorResult.Missing.class,
				input(BUURT).sum("a_soz_wb", "a_soz_ao", "a_soz_ww"));
		assertEquals(Optional.of(MissingReason.SECRET), all.cbsReason());
	}

	@Test
	void aMeasuredValueMustBeFinite() {
		assertThrows(IllegalArgumentException.class, () -> IndicatorResult.measured(Double.NaN, "x"));
		assertThrows(IllegalArgumentException.class,
				() -> IndicatorResult.missing(MissingCause.ZERO_DENOMINATOR, Optional.of(MissingReason.SECRET), "x"));
	}
}
