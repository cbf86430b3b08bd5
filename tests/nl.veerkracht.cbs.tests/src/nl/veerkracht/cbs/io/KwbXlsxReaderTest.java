package nl.veerkracht.cbs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.io.DataSourceException;

class KwbXlsxReaderTest {

	private static final RegionCode UTRECHT = RegionCode.of("GM0344");
	private static final RegionCode WELGELEGEN = RegionCode.of("BU03440111");

	private final KwbXlsxReader reader = new KwbXlsxReader(VariableCatalogue.standard());

	private static double value(CbsData data, RegionCode region, String variable, int year) {
		return data.observation(region, variable, year).orElseThrow().value().orElseThrow();
	}

	@Test
	void utrecht2023HasGemeente10WijkenAnd111BuurtenAndNoIncome() throws DataSourceException {
		CbsData data = reader.read(SharedData.file("utrecht/CBS-Utrecht-kwb-2023.xlsx"));
		assertEquals(1, data.regions(RegionLevel.GEMEENTE).size());
		assertEquals(10, data.regions(RegionLevel.WIJK).size());
		assertEquals(111, data.regions(RegionLevel.BUURT).size());
		assertEquals(Set.of(2023), data.years());
		assertEquals(367947, value(data, UTRECHT, "a_inw", 2023));
		assertEquals(31, value(data, UTRECHT, "p_wcorpw", 2023));
		assertEquals(10410, value(data, UTRECHT, "a_soz_wb", 2023));
		assertEquals(458, value(data, UTRECHT, "g_wozbag", 2023));
		assertEquals(1.9, value(data, UTRECHT, "g_hhgro", 2023));
		assertEquals(10, value(data, WELGELEGEN, "a_soz_wb", 2023));
		assertEquals("Welgelegen, Den Hommel", data.region(WELGELEGEN).orElseThrow().name());
		for (String income : List.of("p_hh_lkk", "p_hh_osm", "p_hh_li", "p_ink_hi")) {
			List<Observation> observations = data.observations().stream().filter(o -> o.variableId().equals(income)).toList();
			assertEquals(122, observations.size(), income);
			assertTrue(observations.stream()
					.allMatch(o -> o.missingReason().equals(Optional.of(MissingReason.UNKNOWN_OR_SECRET))), income);
		}
	}

	@Test
	void utrecht2024HasDemographicsOnly() throws DataSourceException {
		CbsData data = reader.read(SharedData.file("utrecht/CBS-Utrecht-kwb-2024.xlsx"));
		assertEquals(122, data.regions().size());
		assertEquals(Set.of(2024), data.years());
		assertEquals(374238, value(data, UTRECHT, "a_inw", 2024));
		assertEquals(100296, value(data, UTRECHT, "a_1p_hh", 2024));
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET),
				data.observation(UTRECHT, "p_wcorpw", 2024).orElseThrow().missingReason());
		assertEquals("CBS-Utrecht-kwb-2024.xlsx, sheet 'Gemeente-Utrecht', cell H2",
				data.observation(UTRECHT, "a_inw", 2024).orElseThrow().source());
	}

	@Test
	void aWorkbookWithoutAKwbSheetIsRejected(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("kwb-2024.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = Files.newOutputStream(file)) {
			org.apache.poi.ss.usermodel.Row header = workbook.createSheet("Blad1").createRow(0);
			header.createCell(0).setCellValue("gemeente");
			header.createCell(1).setCellValue("inwoners");
			workbook.write(out);
		}
		DataSourceException e = assertThrows(DataSourceException.class, () -> reader.read(file));
		assertEquals("kwb-2024.xlsx: no sheet with a kwb header row (a column gwb_code_10 or gwb_code in row 1); sheets: [Blad1]",
				e.getMessage());
	}

	@Test
	void aFileThatIsNotAWorkbookIsRejected(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("kwb-2023.xlsx");
		Files.writeString(file, "gwb_code;a_inw\nGM0344;1\n");
		DataSourceException e = assertThrows(DataSourceException.class, () -> reader.read(file));
		assertTrue(e.getMessage().startsWith("kwb-2023.xlsx: not a readable xlsx workbook"), e.getMessage());
	}
}
