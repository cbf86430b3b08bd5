package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.demo.DemoAnalyse;
import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.demo.DemoKerncijferFiles;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.stad.CityComparison;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.RunProgress;
import nl.veerkracht.stad.Scenario;

/**
 * The headless entry: the demo analysis and its KWB files in, the comparison run and both files written.
 */
class NotitieExportTest {

	@TempDir
	Path folder;

	@Test
	void theAnalysisAndItsFilesGiveBothDocuments() throws Exception {
		DemoGemeente demo = DemoGemeente.generate();
		Analyse analyse = DemoAnalyse.create(demo);
		List<Path> files = DemoKerncijferFiles.write(demo, folder.resolve("kwb"));
		CityComparison run = NotitieExport.compare(analyse, "wijkschetsen", files, Optional.of(DemoGemeente.CODE),
				DemoGemeente.YEAR, 8, RunProgress.NONE);
		ComparisonResult comparison = run.comparison();
		assertEquals(ModelParameters.defaults().calibratedTo(run.city().input()), run.calibrated(),
				"the defaults calibrated to the city, as the Stadsbalans runs");
		assertNotEquals(ModelParameters.defaults(), run.calibrated(), "the demo's start share is not the national one");
		assertEquals(List.of(Scenario.BASELINE_NAME, "wijkschetsen"),
				comparison.outcomes().stream().map(o -> o.scenario().name()).toList());
		assertEquals(DemoGemeente.YEAR + 8, comparison.endYear());
		NotitieContent content = new NotitieBuilder(analyse, "wijkschetsen", comparison).build();
		assertEquals(DemoGemeente.NAME, content.cityName(), "the gemeente's name by default");
		Path out = Files.createDirectories(folder.resolve("uit"));
		List<Path> written = NotitieExport.write(content, out);
		assertEquals(List.of(out.resolve(NotitieExport.PDF), out.resolve(NotitieExport.DOCX)), written);
		assertEquals(7, NotitieFiles.bookmarks(written.get(0)).size(), "contents and six chapters");
		try (XWPFDocument document = NotitieFiles.docx(written.get(1))) {
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().equals("4. Vlietlanden")));
		}
		IllegalArgumentException baseline = assertThrows(IllegalArgumentException.class,
				() -> new NotitieBuilder(analyse, Scenario.BASELINE_NAME, comparison).build());
		assertTrue(baseline.getMessage().contains(Scenario.BASELINE_NAME));
	}

	@Test
	void whenTheDocxCannotBeWrittenNoNewPdfIsLeft() throws Exception {
		DemoNotitie demo = DemoNotitie.create(folder.resolve("kwb"));
		Path out = Files.createDirectories(folder.resolve("uit"));
		Files.writeString(Files.createDirectories(out.resolve(NotitieExport.DOCX)).resolve("in de weg.txt"), "x");
		DataSourceException error = assertThrows(DataSourceException.class,
				() -> NotitieExport.write(demo.content(), out));
		assertTrue(error.getMessage().contains(NotitieExport.DOCX), error.getMessage());
		assertFalse(Files.exists(out.resolve(NotitieExport.PDF)), "no half of the pair");
		try (var left = Files.list(out)) {
			assertEquals(List.of(out.resolve(NotitieExport.DOCX)), left.toList(), "no temporary file either");
		}
	}
}
