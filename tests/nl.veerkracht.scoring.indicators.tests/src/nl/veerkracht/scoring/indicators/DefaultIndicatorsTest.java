package nl.veerkracht.scoring.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.scoring.ComputedIndicator;
import nl.veerkracht.scoring.Direction;
import nl.veerkracht.scoring.IndicatorComputation;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.IndicatorResult;
import nl.veerkracht.scoring.MissingCause;
import nl.veerkracht.scoring.Role;
import nl.veerkracht.testsupport.SharedData;

/**
 * The default indicators, found through the extension registry, on the real KWB files of Rotterdam
 * (StatLine CSV 2014–2016, and the 2018 early release) and Utrecht (kwb-2023.xlsx). Expected values are the
 * CBS figures in those files, looked up by hand for the named buurten.
 */
class DefaultIndicatorsTest {

	private static final String PLUGIN = "nl.veerkracht.scoring.indicators";
	private static final RegionCode STADSDRIEHOEK = RegionCode.of("BU05990110");
	private static final RegionCode OUDE_WESTEN = RegionCode.of("BU05990111");
	private static final RegionCode COOL = RegionCode.of("BU05990112");
	private static final RegionCode NOORD_KETHEL = RegionCode.of("BU05990452");
	private static final RegionCode WAALHAVEN = RegionCode.of("BU05992194");
	private static final RegionCode UTRECHT = RegionCode.of("GM0344");
	private static final RegionCode WELGELEGEN = RegionCode.of("BU03440111");
	private static final RegionCode GALGENWAARD = RegionCode.of("BU03440535");
	private static final RegionCode DE_WETERING = RegionCode.of("BU03440911");

	private static CbsData rotterdam;
	private static CbsData utrecht;

	@BeforeAll
	static void read() throws DataSourceException {
		CbsImport cbsImport = new CbsImport();
		rotterdam = cbsImport.readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2015.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2018.csv")));
		utrecht = cbsImport.read(SharedData.file("utrecht/CBS-Utrecht-kwb-2023.xlsx")).data();
	}

	private static IndicatorDescriptor indicator(String id) {
		return IndicatorRegistry.getDefault().indicator(id).orElseThrow(() -> new AssertionError("no indicator " + id));
	}

	private static double value(CbsData data, String id, RegionCode region, int year) {
		IndicatorResult result = indicator(id).compute(data, region, year);
		return assertInstanceOf(IndicatorResult.Measured.class, result, id + " " + region + " " + year + ": " + result)
				.value();
	}

	private static IndicatorResult.Missing missing(CbsData data, String id, RegionCode region, int year) {
		IndicatorResult result = indicator(id).compute(data, region, year);
		return assertInstanceOf(IndicatorResult.Missing.class, result, id + " " + region + " " + year + ": " + result);
	}

	@Test
	void theDefaultIndicatorsComeThroughTheExtensionPoint() {
		Set<String> ours = IndicatorRegistry.getDefault().indicators().stream()
				.filter(descriptor -> descriptor.contributor().equals(PLUGIN)).map(IndicatorDescriptor::id)
				.collect(Collectors.toSet());
		assertEquals(Set.of("laag_inkomen", "sociaal_minimum", "laagste_40_inkomen", "bijstand", "ao_uitkering",
				"ww_uitkering", "woz_waarde", "eenpersoonshuishoudens", "hoogste_20_inkomen", "arbeidsparticipatie",
				"actieven_15_75", "uitkeringen", "corporatiebezit"), ours);
		assertEquals(List.of(), IndicatorRegistry.getDefault().problems());
	}

	@Test
	void unitsDirectionsAndRoles() {
		assertEquals(Unit.PERCENT, indicator("laag_inkomen").unit());
		assertEquals(Unit.PER_1000_INHABITANTS, indicator("bijstand").unit());
		assertEquals(Unit.PER_1000_INHABITANTS, indicator("uitkeringen").unit());
		assertEquals(Unit.THOUSAND_EURO, indicator("woz_waarde").unit());
		assertEquals(Direction.HIGHER_IS_MORE_RESILIENT, indicator("woz_waarde").direction());
		assertEquals(Direction.HIGHER_IS_MORE_VULNERABLE, indicator("laag_inkomen").direction());
		assertEquals(Role.DRAGER, indicator("hoogste_20_inkomen").role());
		assertEquals(Role.VRAGER, indicator("uitkeringen").role());
		assertEquals(Role.CONTEXT, indicator("corporatiebezit").role());
		assertEquals(0.0, indicator("corporatiebezit").defaultWeight());
		assertEquals(List.of("a_soz_wb", "a_inw"), indicator("bijstand").variables());
		assertEquals("Huishoudens met een laag inkomen", indicator("laag_inkomen").labelNl());
	}

	@Test
	void rotterdamPercentagesAreThePublishedFigures() {
		assertEquals(9.8, value(rotterdam, "laag_inkomen", STADSDRIEHOEK, 2014));
		assertEquals(8.4, value(rotterdam, "sociaal_minimum", STADSDRIEHOEK, 2014));
		assertEquals(45.3, value(rotterdam, "laagste_40_inkomen", STADSDRIEHOEK, 2014));
		assertEquals(18.7, value(rotterdam, "hoogste_20_inkomen", STADSDRIEHOEK, 2014));
		assertEquals(65.8, value(rotterdam, "actieven_15_75", STADSDRIEHOEK, 2014));
		assertEquals(182, value(rotterdam, "woz_waarde", STADSDRIEHOEK, 2014));
		assertEquals(18, value(rotterdam, "corporatiebezit", STADSDRIEHOEK, 2014));
		assertEquals(63, value(rotterdam, "eenpersoonshuishoudens", STADSDRIEHOEK, 2014));
		assertEquals(24.6, value(rotterdam, "laag_inkomen", OUDE_WESTEN, 2016));
		assertEquals(25.7, value(rotterdam, "sociaal_minimum", OUDE_WESTEN, 2016));
		assertEquals(8, value(rotterdam, "hoogste_20_inkomen", OUDE_WESTEN, 2016));
		assertEquals(127, value(rotterdam, "woz_waarde", OUDE_WESTEN, 2016));
		assertEquals(59, value(rotterdam, "corporatiebezit", OUDE_WESTEN, 2016));
		assertEquals(12.6, value(rotterdam, "laag_inkomen", COOL, 2015));
	}

	@Test
	void rotterdamBenefitsAreCountsPerThousandInhabitants() {
		assertEquals(1000.0 * 360 / 13770, value(rotterdam, "bijstand", STADSDRIEHOEK, 2014), 1e-9);
		assertEquals(1000.0 * 350 / 13770, value(rotterdam, "ao_uitkering", STADSDRIEHOEK, 2014), 1e-9);
		assertEquals(1000.0 * 320 / 13770, value(rotterdam, "ww_uitkering", STADSDRIEHOEK, 2014), 1e-9);
		assertEquals(1000.0 * (360 + 350 + 320) / 13770, value(rotterdam, "uitkeringen", STADSDRIEHOEK, 2014), 1e-9);
		assertEquals(1000.0 * 250 / 5075, value(rotterdam, "bijstand", COOL, 2015), 1e-9);
		assertEquals(1000.0 * 1100 / 9350, value(rotterdam, "bijstand", OUDE_WESTEN, 2016), 1e-9);
		String trace = indicator("bijstand").compute(rotterdam, STADSDRIEHOEK, 2014).trace();
		assertTrue(trace.startsWith("1000 × (a_soz_wb = 360 (Kerncijfers_wijken_en_buurten_2014.csv"), trace);
	}

	@Test
	void oneShareOfHouseholdsWhetherPublishedAsPercentageOrAsCount() {
		assertEquals(63, value(rotterdam, "eenpersoonshuishoudens", STADSDRIEHOEK, 2014));
		assertEquals(100.0 * 6025 / 9575, value(rotterdam, "eenpersoonshuishoudens", STADSDRIEHOEK, 2015), 1e-9);
		assertTrue(indicator("eenpersoonshuishoudens").compute(rotterdam, STADSDRIEHOEK, 2015).trace().contains("derived"));
	}

	@Test
	void suppressedRotterdamFiguresAreMissingWithTheirReasonAndPublishedZerosStayZero() {
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET),
				missing(rotterdam, "laag_inkomen", NOORD_KETHEL, 2014).cbsReason());
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET),
				missing(rotterdam, "woz_waarde", NOORD_KETHEL, 2014).cbsReason());
		assertEquals(0, value(rotterdam, "bijstand", NOORD_KETHEL, 2014));
		IndicatorResult.Missing waalhaven = missing(rotterdam, "bijstand", WAALHAVEN, 2014);
		assertEquals(MissingCause.INPUT_MISSING, waalhaven.cause());
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), waalhaven.cbsReason());
		assertTrue(waalhaven.trace().startsWith("a_soz_wb UNKNOWN_OR_SECRET (Kerncijfers_wijken_en_buurten_2014.csv"),
				waalhaven.trace());
	}

	@Test
	void theRotterdam2018EarlyReleaseHasNoIncomeOrBenefitsYet() {
		for (String id : List.of("laag_inkomen", "sociaal_minimum", "hoogste_20_inkomen", "bijstand", "uitkeringen")) {
			assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), missing(rotterdam, id, STADSDRIEHOEK, 2018).cbsReason(), id);
		}
		assertEquals(218, value(rotterdam, "woz_waarde", STADSDRIEHOEK, 2018));
	}

	@Test
	void labourParticipationUnderItsTwoDefinitionsIsNeverMixed() {
		assertEquals(MissingCause.INPUT_NOT_READ, missing(rotterdam, "arbeidsparticipatie", STADSDRIEHOEK, 2014).cause());
		assertEquals(MissingCause.INPUT_NOT_READ, missing(utrecht, "actieven_15_75", WELGELEGEN, 2023).cause());
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET),
				missing(utrecht, "arbeidsparticipatie", WELGELEGEN, 2023).cbsReason());
	}

	@Test
	void utrecht2023FromTheKwbWorkbook() {
		assertEquals(1000.0 * 10 / 1810, value(utrecht, "bijstand", WELGELEGEN, 2023), 1e-9);
		assertEquals(1000.0 * 20 / 1810, value(utrecht, "ao_uitkering", WELGELEGEN, 2023), 1e-9);
		assertEquals(1000.0 * 10 / 1810, value(utrecht, "ww_uitkering", WELGELEGEN, 2023), 1e-9);
		assertEquals(430, value(utrecht, "woz_waarde", WELGELEGEN, 2023));
		assertEquals(0, value(utrecht, "corporatiebezit", WELGELEGEN, 2023));
		assertEquals(100.0 * 630 / 1070, value(utrecht, "eenpersoonshuishoudens", WELGELEGEN, 2023), 1e-9);
		assertEquals(1000.0 * 10410 / 367947, value(utrecht, "bijstand", UTRECHT, 2023), 1e-9);
		assertEquals(458, value(utrecht, "woz_waarde", UTRECHT, 2023));
		assertEquals(31, value(utrecht, "corporatiebezit", UTRECHT, 2023));
	}

	@Test
	void utrecht2023LacksIncomeAndSuppressesSmallBuurten() {
		for (String id : List.of("laag_inkomen", "sociaal_minimum", "laagste_40_inkomen", "hoogste_20_inkomen")) {
			assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), missing(utrecht, id, WELGELEGEN, 2023).cbsReason(), id);
		}
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET),
				missing(utrecht, "woz_waarde", GALGENWAARD, 2023).cbsReason());
		assertEquals(0, value(utrecht, "bijstand", GALGENWAARD, 2023));
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET),
				missing(utrecht, "bijstand", DE_WETERING, 2023).cbsReason());
		assertEquals(Optional.of(MissingReason.NOT_DERIVABLE),
				missing(utrecht, "eenpersoonshuishoudens", DE_WETERING, 2023).cbsReason(), "5 one-person households of 0");
	}

	@Test
	void computeAllGivesAValueWhereverCbsPublishedOne() {
		List<ComputedIndicator> all = IndicatorComputation.computeAll(rotterdam,
				List.of(indicator("laag_inkomen"), indicator("bijstand")));
		long lowIncomeMeasured = all.stream().filter(c -> c.indicator().id().equals("laag_inkomen") && c.year() == 2014
				&& !c.result().isMissing()).count();
		long publishedLowIncome = rotterdam.observations().stream()
				.filter(o -> o.variableId().equals("p_hh_lkk") && o.year() == 2014 && !o.isMissing()).count();
		assertEquals(publishedLowIncome, lowIncomeMeasured);
		assertTrue(lowIncomeMeasured > 50 && lowIncomeMeasured < 115, "some but not all 115 regions: " + lowIncomeMeasured);
		assertEquals(4 * 2, all.stream().filter(c -> c.region().equals(STADSDRIEHOEK)).count(), "4 years × 2 indicators");
	}
}
