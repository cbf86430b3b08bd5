package nl.veerkracht.cbs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.io.DataSourceException;

class CbsImportTest {

	private final CbsImport cbsImport = new CbsImport();

	@Test
	void recognisesEachKindOfCbsFile() throws DataSourceException {
		assertEquals(CbsFileKind.STATLINE_CSV, cbsImport.detect(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv")));
		assertEquals(CbsFileKind.KWB_XLSX, cbsImport.detect(SharedData.file("utrecht/CBS-Utrecht-kwb-2023.xlsx")));
		assertEquals(CbsFileKind.WBK_GEOJSON, cbsImport.detect(SharedData.file("ede/wijkenbuurtenwijken.geojson")));
		assertEquals(CbsFileKind.SERIES_JSON, cbsImport.detect(SharedData.file("baarn/baarn_social_data.json")));
	}

	@Test
	void previewOfARotterdamYear() throws DataSourceException {
		ImportPreview preview = cbsImport.read(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2018.csv"));
		assertEquals(Map.of(RegionLevel.GEMEENTE, 1, RegionLevel.WIJK, 22, RegionLevel.BUURT, 92), preview.regionCounts());
		assertEquals(Set.of(2018), preview.years());
		assertTrue(preview.variableIds().containsAll(Set.of("a_inw", "a_1p_hh", "p_1p_hh", "p_hh_lkk")));
		assertTrue(preview.missingCounts().get(MissingReason.UNKNOWN_OR_SECRET) > 115 * 5);
		assertTrue(preview.boundaries().isEmpty());
		assertTrue(preview.warnings().stream().anyMatch(w -> w.contains("columns are not in the variable catalogue")));
	}

	@Test
	void previewOfAWbkCarriesItsBoundaries() throws DataSourceException {
		ImportPreview preview = cbsImport.read(SharedData.file("zaanstad/buurt_zaanstad.geojson"), OptionalInt.of(2017));
		assertEquals(Map.of(RegionLevel.BUURT, 50), preview.regionCounts());
		assertEquals(50, preview.boundaries().orElseThrow().size());
	}

	@Test
	void aNonCbsJsonIsRejectedBeforeReading(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("package.json");
		Files.writeString(file, "{\"name\": \"x\", \"version\": \"1.0.0\"}");
		DataSourceException e = assertThrows(DataSourceException.class, () -> cbsImport.read(file));
		assertTrue(e.getMessage().startsWith("package.json: not a CBS file this importer knows"), e.getMessage());
	}
}
