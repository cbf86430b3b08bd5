package nl.veerkracht.cbs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.io.DataSourceException;

class WbkGeoJsonReaderTest {

	private final WbkGeoJsonReader reader = new WbkGeoJsonReader(VariableCatalogue.standard());

	private static double value(CbsData data, String region, String variable, int year) {
		return data.observation(RegionCode.of(region), variable, year).orElseThrow().value().orElseThrow();
	}

	private static Optional<MissingReason> reason(CbsData data, String region, String variable, int year) {
		return data.observation(RegionCode.of(region), variable, year).orElseThrow().missingReason();
	}

	@Test
	void zaanstad2017ClassicNamesWithSecrecyCodes() throws DataSourceException {
		WbkGeoJsonReader.Result buurten = reader.read(SharedData.file("zaanstad/buurt_zaanstad.geojson"), OptionalInt.of(2017));
		assertEquals(SourceFormat.WBK_CLASSIC, buurten.generation());
		assertEquals(Crs.RD_NEW, buurten.boundaries().getCrs());
		assertEquals(50, buurten.data().regions(RegionLevel.BUURT).size());
		assertEquals(50, buurten.data().regions().size());
		assertEquals(Set.of(2017), buurten.data().years());
		assertEquals(655, value(buurten.data(), "BU04798130", "a_inw", 2017));
		assertEquals(21, value(buurten.data(), "BU04798130", "p_1p_hh", 2017));
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), reason(buurten.data(), "BU04795120", "p_00_14", 2017));
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), reason(buurten.data(), "BU04795120", "p_1p_hh", 2017));
		assertEquals(Map.of(MissingReason.UNKNOWN_OR_SECRET, 9L), buurten.data().missingCountsByReason());

		WbkGeoJsonReader.Result wijken = reader.read(SharedData.file("zaanstad/wijk_zaanstad.geojson"), OptionalInt.of(2017));
		assertEquals(19, wijken.data().regions(RegionLevel.WIJK).size());
		assertEquals(8505, value(wijken.data(), "WK047912", "a_inw", 2017));
		assertEquals(37, value(wijken.data(), "WK047912", "p_1p_hh", 2017));
	}

	@Test
	void aClassicMapWithoutYearNeedsOne() {
		DataSourceException e = assertThrows(DataSourceException.class,
				() -> reader.read(SharedData.file("zaanstad/wijk_zaanstad.geojson")));
		assertTrue(e.getMessage().contains("no year"), e.getMessage());
	}

	@Test
	void baarn2024SnakeCaseMostlyNotYetPublished() throws DataSourceException {
		WbkGeoJsonReader.Result result = reader.read(SharedData.file("baarn/baarn_buurten.geojson"));
		CbsData data = result.data();
		assertEquals(SourceFormat.WBK_SNAKE_CASE, result.generation());
		assertEquals(21, data.regions(RegionLevel.BUURT).size());
		assertEquals(Set.of(2024), data.years());
		assertEquals(1825, value(data, "BU03080000", "a_inw", 2024));
		assertEquals(58, value(data, "BU03080000", "p_1p_hh", 2024));
		assertEquals(Optional.of(MissingReason.SECRET), reason(data, "BU03080401", "p_1p_hh", 2024));
		for (String notYet : List.of("a_soz_wb", "p_hh_lkk", "g_wozbag", "p_wcorpw", "p_arb_pp")) {
			List<Observation> observations = data.observations().stream().filter(o -> o.variableId().equals(notYet)).toList();
			assertEquals(21, observations.size(), notYet);
			assertTrue(observations.stream()
					.allMatch(o -> o.missingReason().equals(Optional.of(MissingReason.NOT_YET_PUBLISHED))), notYet);
		}
		assertTrue(data.observations().stream().noneMatch(o -> o.value().isPresent() && o.value().getAsDouble() < 0),
				"no negative code may pass as a number");
	}

	@Test
	void ede2024CamelCaseWijken() throws DataSourceException {
		WbkGeoJsonReader.Result result = reader.read(SharedData.file("ede/wijkenbuurtenwijken.geojson"));
		assertEquals(SourceFormat.WBK_CAMEL_CASE, result.generation());
		assertEquals(17, result.data().regions(RegionLevel.WIJK).size());
		assertEquals(17, result.data().regions().size());
		assertEquals(10210, value(result.data(), "WK022801", "a_inw", 2024));
		assertEquals(5575, value(result.data(), "WK022801", "a_hh", 2024));
		assertEquals("Ede-Oost", result.data().region(RegionCode.of("WK022801")).orElseThrow().name());
	}

	@Test
	void boundariesWithoutCbsAttributesAreNotAWbkTable() {
		DataSourceException e = assertThrows(DataSourceException.class,
				() -> reader.read(SharedData.file("rotterdam/buurten_wgs84.geojson")));
		assertTrue(e.getMessage().startsWith("buurten_wgs84.geojson: not a Wijk- en Buurtkaart attribute table"),
				e.getMessage());
	}

	@Test
	void invalidJsonNamesThePosition() {
		DataSourceException e = assertThrows(DataSourceException.class,
				() -> reader.read(SharedData.file("rotterdam/buurten_wgs84_as_published_trailing_comma.geojson")));
		assertTrue(e.getLine().isPresent(), e.getMessage());
	}
}
