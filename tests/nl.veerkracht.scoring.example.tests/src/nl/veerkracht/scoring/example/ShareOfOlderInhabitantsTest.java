package nl.veerkracht.scoring.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.scoring.Domain;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.IndicatorResult;
import nl.veerkracht.scoring.MissingCause;
import nl.veerkracht.scoring.Role;
import nl.veerkracht.testsupport.SharedData;

class ShareOfOlderInhabitantsTest {

	private static IndicatorDescriptor contributed() {
		return IndicatorRegistry.getDefault().indicator("aandeel_65_plus").orElseThrow();
	}

	private static double value(CbsData data, RegionCode region, int year) {
		IndicatorResult result = contributed().compute(data, region, year);
		return assertInstanceOf(IndicatorResult.Measured.class, result, result.trace()).value();
	}

	@Test
	void isDiscoveredBesideTheDefaultIndicators() {
		IndicatorRegistry registry = IndicatorRegistry.getDefault();
		assertEquals(List.of(), registry.problems());
		assertEquals("nl.veerkracht.scoring.example", contributed().contributor());
		assertEquals("nl.veerkracht.scoring.indicators", registry.indicator("laag_inkomen").orElseThrow().contributor());
		assertEquals(Unit.PERCENT, contributed().unit());
		assertEquals(Domain.BEVOLKING, contributed().domain());
		assertEquals(Role.CONTEXT, contributed().role());
		assertEquals(List.of("a_65_oo", "a_inw"), contributed().variables());
	}

	@Test
	void utrecht2023() throws DataSourceException {
		CbsData utrecht = new CbsImport().read(SharedData.file("utrecht/CBS-Utrecht-kwb-2023.xlsx")).data();
		assertEquals(100.0 * 39373 / 367947, value(utrecht, RegionCode.of("GM0344"), 2023), 1e-9);
		assertEquals(100.0 * 360 / 1810, value(utrecht, RegionCode.of("BU03440111"), 2023), 1e-9);
		IndicatorResult.Missing strijkviertel = assertInstanceOf(IndicatorResult.Missing.class,
				contributed().compute(utrecht, RegionCode.of("BU03440952"), 2023));
		assertEquals(MissingCause.ZERO_DENOMINATOR, strijkviertel.cause(), "a buurt without inhabitants");
	}

	@Test
	void rotterdamPublishedTheCountFrom2015Only() throws DataSourceException {
		CbsImport cbsImport = new CbsImport();
		CbsData rotterdam = cbsImport.readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv")));
		RegionCode stadsdriehoek = RegionCode.of("BU05990110");
		assertEquals(100.0 * 1735 / 14825, value(rotterdam, stadsdriehoek, 2016), 1e-9);
		IndicatorResult.Missing in2014 = assertInstanceOf(IndicatorResult.Missing.class,
				contributed().compute(rotterdam, stadsdriehoek, 2014));
		assertEquals(MissingCause.INPUT_NOT_READ, in2014.cause(), "2014 gives 65+ as a percentage, not a count");
	}

	@Test
	void canBeTestedWithoutTheExtensionRegistry() {
		IndicatorDescriptor plain = IndicatorDescriptor.builder("aandeel_65_plus", new ShareOfOlderInhabitants())
				.labels("Inwoners van 65 jaar of ouder", "Inhabitants aged 65 or over").unit(Unit.PERCENT)
				.domain(Domain.BEVOLKING).direction(contributed().direction()).role(Role.CONTEXT)
				.variables("a_65_oo", "a_inw").build();
		CbsData.Builder data = new CbsData.Builder();
		RegionCode buurt = RegionCode.of("BU09990101");
		data.add(nl.veerkracht.cbs.data.Observation.measured(buurt, "a_65_oo", 2024, 250, "test"));
		data.add(nl.veerkracht.cbs.data.Observation.measured(buurt, "a_inw", 2024, 1000, "test"));
		assertEquals(25.0, IndicatorRegistry.of(List.of(plain)).indicator("aandeel_65_plus").orElseThrow()
				.compute(data.build(), buurt, 2024).valueOrNaN());
	}
}
