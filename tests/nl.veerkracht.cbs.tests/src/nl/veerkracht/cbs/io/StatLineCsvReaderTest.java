package nl.veerkracht.cbs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.data.Series;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.io.DataSourceException;

class StatLineCsvReaderTest {

	private static final RegionCode ROTTERDAM = RegionCode.of("GM0599");
	private static final RegionCode STADSDRIEHOEK = RegionCode.of("BU05990110");

	private final VariableCatalogue catalogue = VariableCatalogue.standard();

	private static Path rotterdam(int year) {
		return SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_" + year + ".csv");
	}

	private CbsData read(Path file) throws DataSourceException {
		return new StatLineCsvReader(catalogue).read(file);
	}

	private static double value(CbsData data, RegionCode region, String variable, int year) {
		return data.observation(region, variable, year).orElseThrow().value().orElseThrow();
	}

	@Test
	void everyYearHasTheGemeente22WijkenAnd92Buurten() throws DataSourceException {
		for (int year = 2014; year <= 2018; year++) {
			CbsData data = read(rotterdam(year));
			assertEquals(1, data.regions(RegionLevel.GEMEENTE).size(), "gemeente " + year);
			assertEquals(22, data.regions(RegionLevel.WIJK).size(), "wijken " + year);
			assertEquals(92, data.regions(RegionLevel.BUURT).size(), "buurten " + year);
			assertEquals(Set.of(year), data.years());
		}
	}

	@Test
	void spotValuesCheckedByHand() throws DataSourceException {
		CbsData data2014 = read(rotterdam(2014));
		assertEquals(618355, value(data2014, ROTTERDAM, "a_inw", 2014));
		assertEquals(18.7, value(data2014, ROTTERDAM, "p_hh_lkk", 2014));
		assertEquals(15.7, value(data2014, ROTTERDAM, "p_hh_osm", 2014));
		assertEquals(1800, value(data2014, RegionCode.of("WK059901"), "a_soz_wb", 2014));
		assertEquals(148, value(data2014, ROTTERDAM, "g_wozbag", 2014));
		assertEquals(45, value(data2014, ROTTERDAM, "p_wcorpw", 2014));
		assertEquals(2960, value(data2014, ROTTERDAM, "bev_dich", 2014));
		assertEquals("Stadsdriehoek", data2014.region(STADSDRIEHOEK).orElseThrow().name());
		CbsData data2017 = read(rotterdam(2017));
		assertEquals(15.1, value(data2017, ROTTERDAM, "p_hh_lkk", 2017));
		assertEquals(41650, value(data2017, ROTTERDAM, "a_soz_wb", 2017));
		assertEquals(55.3, value(data2017, ROTTERDAM, "p_act_15_75", 2017));
		assertEquals(15615, value(data2017, STADSDRIEHOEK, "a_inw", 2017));
		assertEquals("Kerncijfers_wijken_en_buurten_2017.csv, line 8, column 7 'aantal inwoners'",
				data2017.observation(STADSDRIEHOEK, "a_inw", 2017).orElseThrow().source());
	}

	@Test
	void the2018EarlyReleaseHasIncomeAndBenefitsMissingNeverZero() throws DataSourceException {
		CbsData data = read(rotterdam(2018));
		for (String variable : List.of("p_hh_lkk", "p_hh_osm", "a_soz_wb", "a_soz_ww", "p_ink_li")) {
			List<Observation> observations = data.observations().stream().filter(o -> o.variableId().equals(variable))
					.toList();
			assertEquals(115, observations.size(), variable);
			assertTrue(observations.stream().allMatch(
					o -> o.isMissing() && o.missingReason().equals(Optional.of(MissingReason.UNKNOWN_OR_SECRET))), variable);
		}
		assertEquals(166, value(data, ROTTERDAM, "g_wozbag", 2018));
	}

	@Test
	void oneVariableSpans2014To2018() throws DataSourceException {
		List<Path> files = IntStream.rangeClosed(2014, 2018).mapToObj(StatLineCsvReaderTest::rotterdam).toList();
		CbsData all = new CbsImport(catalogue).readAll(files);
		Series inhabitants = all.series(ROTTERDAM, "a_inw");
		assertEquals(Set.of(2014, 2015, 2016, 2017, 2018), inhabitants.years());
		assertEquals(List.of(618355.0, 623652.0, 629606.0, 634660.0, 638712.0),
				inhabitants.byYear().values().stream().map(o -> o.value().orElseThrow()).toList());
		Series lowIncome = all.series(ROTTERDAM, "p_hh_lkk");
		assertEquals(4, lowIncome.measuredCount());
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), lowIncome.at(2018).orElseThrow().missingReason());
	}

	@Test
	void onePersonHouseholdsChangeFromPercentToCountAndAreDerivedNotMixed() throws DataSourceException {
		CbsData data2014 = read(rotterdam(2014));
		assertEquals(63, value(data2014, STADSDRIEHOEK, "p_1p_hh", 2014));
		assertTrue(data2014.observation(STADSDRIEHOEK, "a_1p_hh", 2014).isEmpty(), "2014 has no count");
		CbsData data2017 = read(rotterdam(2017));
		assertEquals(6075, value(data2017, STADSDRIEHOEK, "a_1p_hh", 2017));
		assertTrue(data2017.observation(STADSDRIEHOEK, "p_1p_hh", 2017).isEmpty(), "the reader itself does not convert");

		List<Path> files = IntStream.rangeClosed(2014, 2018).mapToObj(StatLineCsvReaderTest::rotterdam).toList();
		CbsData all = new CbsImport(catalogue).readAll(files);
		Series percentage = all.series(STADSDRIEHOEK, "p_1p_hh");
		assertEquals(Set.of(2014, 2015, 2016, 2017, 2018), percentage.years());
		assertEquals(63, percentage.valueAt(2014).orElseThrow());
		assertEquals(100.0 * 6075 / 9825, percentage.valueAt(2017).orElseThrow(), 1e-9);
		assertTrue(percentage.at(2017).orElseThrow().source().startsWith("derived: 100 × a_1p_hh / a_hh"));
		assertEquals(Set.of(2015, 2016, 2017, 2018), all.series(STADSDRIEHOEK, "a_1p_hh").years());
	}

	@Test
	void readsTheBoundaryChangeIndicator() throws DataSourceException {
		CbsData data = read(rotterdam(2017));
		assertEquals(3, value(data, RegionCode.of("BU05991079"), "ind_wbi", 2017));
		assertEquals(1, value(data, STADSDRIEHOEK, "ind_wbi", 2017));
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET),
				data.observation(ROTTERDAM, "ind_wbi", 2017).orElseThrow().missingReason());
	}

	@Test
	void readsAWindows1252CopyLikeTheUtf8Original(@TempDir Path folder) throws IOException, DataSourceException {
		String text = Files.readString(rotterdam(2016), StandardCharsets.UTF_8).substring(1);
		Path copy = folder.resolve("kwb-2016-ansi.csv");
		Files.writeString(copy, text, Charset.forName("windows-1252"));
		CbsData original = read(rotterdam(2016));
		CbsData ansi = read(copy);
		assertEquals(original.observations().size(), ansi.observations().size());
		assertEquals(value(original, ROTTERDAM, "bev_dich", 2016), value(ansi, ROTTERDAM, "bev_dich", 2016));
	}

	@Test
	void aTruncatedFileNamesTheShortLine(@TempDir Path folder) throws IOException {
		List<String> lines = Files.readAllLines(rotterdam(2015), StandardCharsets.UTF_8);
		List<String> truncated = new ArrayList<>(lines.subList(0, 40));
		truncated.add(lines.get(40).substring(0, 60));
		Path file = folder.resolve("truncated.csv");
		Files.write(file, truncated, StandardCharsets.UTF_8);
		DataSourceException e = assertThrows(DataSourceException.class, () -> read(file));
		assertEquals(41, e.getLine().orElseThrow());
		assertTrue(e.getMessage().startsWith("truncated.csv, line 41: the row has "), e.getMessage());
	}

	@Test
	void aGarbledCellNamesLineAndColumn(@TempDir Path folder) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(rotterdam(2017), StandardCharsets.UTF_8));
		lines.set(7, lines.get(7).replace(";15615;", ";15.6l5;"));
		Path file = folder.resolve("garbled.csv");
		Files.write(file, lines, StandardCharsets.UTF_8);
		DataSourceException e = assertThrows(DataSourceException.class, () -> read(file));
		assertEquals("garbled.csv, line 8, column 7: '15.6l5' is neither a number nor a CBS symbol (. x -) for a_inw",
				e.getMessage());
	}

	@Test
	void aCsvWithoutTheKwbHeaderIsRejected(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("other.csv");
		Files.writeString(file, "naam;waarde\nA;1\n");
		DataSourceException e = assertThrows(DataSourceException.class, () -> read(file));
		assertTrue(e.getMessage().contains("no header row with the columns 'Codering' and 'Jaar'"), e.getMessage());
		assertFalse(e.getMessage().isBlank());
	}
}
