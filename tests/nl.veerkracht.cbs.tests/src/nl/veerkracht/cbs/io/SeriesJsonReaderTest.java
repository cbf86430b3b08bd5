package nl.veerkracht.cbs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.data.Series;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.io.DataSourceException;

class SeriesJsonReaderTest {

	private static final RegionCode CENTRUM = RegionCode.of("BU03080000");

	private final SeriesJsonReader reader = new SeriesJsonReader(VariableCatalogue.standard());

	@Test
	void baarnSeries2016To2025PerBuurt() throws DataSourceException {
		CbsData data = reader.read(SharedData.file("baarn/baarn_social_data.json"));
		assertEquals(21, data.regions(RegionLevel.BUURT).size());
		assertEquals(1, data.regions(RegionLevel.GEMEENTE).size());
		assertEquals(Set.of(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025), data.years());
		Series lowIncome = data.series(CENTRUM, "p_hh_lkk");
		assertEquals(7.8, lowIncome.valueAt(2016).orElseThrow());
		assertEquals(4.3, lowIncome.valueAt(2023).orElseThrow());
		assertEquals(30, data.series(CENTRUM, "a_soz_wb").valueAt(2016).orElseThrow());
		assertEquals(1830, data.series(CENTRUM, "a_inw").valueAt(2025).orElseThrow());
		assertEquals(2.6, data.series(RegionCode.of("GM0308"), "p_hh_lkk").valueAt(2023).orElseThrow());
		assertEquals(Optional.of(MissingReason.SUPPRESSED),
				data.observation(CENTRUM, "g_hh_sti", 2025).orElseThrow().missingReason());
		assertEquals(Map.of(MissingReason.SUPPRESSED, 354L), data.missingCountsByReason());
	}

	@Test
	void educationDeclaredAsPercentButHoldingCountsIsReadAsCountWithAWarning() throws DataSourceException {
		CbsData data = reader.read(SharedData.file("baarn/baarn_social_data.json"));
		assertEquals(320, data.series(CENTRUM, "a_opl_lg").valueAt(2024).orElseThrow());
		assertTrue(data.warnings().stream().anyMatch(w -> w.contains("'opleiding_laag' is declared '%' but holds values up to")),
				data.warnings().toString());
	}

	@Test
	void aJsonThatIsNotACbsSeriesIsRejected(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("settings.json");
		Files.writeString(file, "{\n  \"theme\": \"dark\",\n  \"recent\": [1, 2]\n}\n");
		DataSourceException e = assertThrows(DataSourceException.class, () -> reader.read(file));
		assertEquals("settings.json, line 1, column 1: not a CBS series document: expected an object with 'metadata', "
				+ "'gemeente' and 'buurten'", e.getMessage());
	}

	@Test
	void brokenJsonNamesTheLine(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("broken.json");
		Files.writeString(file, "{\n  \"buurten\": {\n    \"BU03080000\": [1, 2,,]\n  }\n}\n");
		DataSourceException e = assertThrows(DataSourceException.class, () -> reader.read(file));
		assertEquals(3, e.getLine().orElseThrow(), e.getMessage());
	}
}
