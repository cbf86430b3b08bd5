package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.testsupport.SharedData;

/** The city input from CBS figures: which figures it takes, what it estimates and what it leaves out. */
class CbsCityInputTest {

	private static final int YEAR = 2016;

	@Test
	void takesHouseholdsStockSplitAndLowIncomeShare() {
		CbsData data = data(builder -> {
			measured(builder, "BU00010001", "a_hh", 1000);
			measured(builder, "BU00010001", "a_inw", 2100);
			measured(builder, "BU00010001", "p_wcorpw", 50);
			measured(builder, "BU00010001", "p_koopw", 30);
			measured(builder, "BU00010001", "p_hh_lkk", 25);
			measured(builder, "BU00010001", "p_hh_osm", 12);
		});
		CityInput city = new CbsCityInput(ModelParameters.defaults()).read(data, Optional.of("GM0001"), YEAR);
		BuurtStart buurt = city.input().buurten().get(0);
		assertEquals(1000, buurt.households());
		assertEquals(500, buurt.dwellings().get(Segment.CORPORATIE_HUUR));
		assertEquals(200, buurt.dwellings().get(Segment.OVERIGE_HUUR));
		assertEquals(300, buurt.dwellings().get(Segment.KOOP));
		assertEquals(0.25, buurt.vulnerableShare(), 1e-12);
		assertEquals(1, city.input().buurten().size());
		assertEquals(List.of("BU00010002", "BU00010003"), city.skipped().stream().map(SkippedBuurt::code).toList(),
				"the buurten without figures are listed");
		assertTrue(city.estimated().isEmpty());
	}

	@Test
	void suppressedFiguresAreEstimatedOrSkippedNeverReadAsZero() {
		CbsData data = data(builder -> {
			// no low income, but the social minimum share; households suppressed: from inhabitants
			builder.add(Observation.missing(RegionCode.of("BU00010001"), "a_hh", YEAR, MissingReason.SECRET, "test"));
			measured(builder, "BU00010001", "a_inw", 210);
			measured(builder, "BU00010001", "p_hh_osm", 12);
			// nothing at all
			builder.add(Observation.missing(RegionCode.of("BU00010002"), "a_hh", YEAR, MissingReason.SECRET, "test"));
			// no households
			measured(builder, "BU00010003", "a_hh", 0);
			// another gemeente
			measured(builder, "BU00020001", "a_hh", 500);
		});
		CityInput city = new CbsCityInput(ModelParameters.defaults()).read(data, Optional.of("GM0001"), YEAR);
		assertEquals(1, city.input().buurten().size());
		BuurtStart estimated = city.input().buurten().get(0);
		assertEquals(100, estimated.households(), "210 inhabitants / 2.1");
		assertEquals(0.12, estimated.vulnerableShare(), 1e-12);
		assertEquals(java.util.Set.of("BU00010001"), city.estimated());
		assertEquals(List.of("BU00010002", "BU00010003"), city.skipped().stream().map(SkippedBuurt::code).sorted().toList());
		assertFalse(city.skipped().get(0).reason().isBlank());
	}

	@Test
	void aGemeenteWithoutHouseholdsIsAnError() {
		CbsData data = data(builder -> measured(builder, "BU00020001", "a_hh", 500));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new CbsCityInput(ModelParameters.defaults()).read(data, Optional.of("GM0001"), YEAR));
		assertTrue(error.getMessage().contains("GM0001"), error.getMessage());
	}

	@Test
	void rotterdam2016() throws Exception {
		CbsData data = new CbsImport().readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv")));
		CityInput city = new CbsCityInput(ModelParameters.defaults()).read(data, Optional.of("GM0599"), YEAR);
		assertTrue(city.input().buurten().size() >= 60, "buurten: " + city.input().buurten().size());
		for (BuurtStart buurt : city.input().buurten()) {
			assertTrue(buurt.code().startsWith("BU0599"), buurt.code());
			assertTrue(buurt.households() > 0, buurt.code());
		}
		// Rotterdam has port and industrial buurten without households: listed, not lost
		assertFalse(city.skipped().isEmpty());
		int total = city.input().buurten().size() + city.skipped().size();
		assertEquals(data.regions(nl.veerkracht.cbs.data.RegionLevel.BUURT).stream()
				.filter(region -> region.code().code().startsWith("BU0599")).count(), total);
	}

	private interface Filler {
		void fill(CbsData.Builder builder);
	}

	private static CbsData data(Filler filler) {
		CbsData.Builder builder = new CbsData.Builder();
		for (String code : List.of("BU00010001", "BU00010002", "BU00010003", "BU00020001")) {
			builder.addRegion(new Region(RegionCode.of(code), "Buurt " + code.substring(8)));
		}
		filler.fill(builder);
		return builder.build();
	}

	private static void measured(CbsData.Builder builder, String code, String variable, double value) {
		builder.add(Observation.measured(RegionCode.of(code), variable, YEAR, value, "test"));
	}
}
