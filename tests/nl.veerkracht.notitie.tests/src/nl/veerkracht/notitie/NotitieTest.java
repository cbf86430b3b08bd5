package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.stad.Band;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.YearBalance;
import nl.veerkracht.testsupport.PdfPages;

/**
 * The notitie of the demo analysis (two wijkschetsen, a scenario from their mixes against the baseline) as PDF and
 * DOCX: every chapter, the balance figures equal to the comparison's, the prestatieafspraken table, pages that
 * render, and a DOCX whose headings, tables and paragraphs are the PDF's. The files and rendered pages are kept in
 * target/test-artifacts/notitie.
 */
class NotitieTest {

	private static final Path ARTIFACTS = Path.of("target", "test-artifacts", "notitie");
	private static final List<String> CHAPTERS = List.of("1. Samenvatting", "2. De stad in balans?", "3. Molenkamp",
			"4. Vlietlanden", "5. Prestatieafspraken", "6. Bronnen en methode");

	@TempDir
	static Path folder;

	private static DemoNotitie demo;
	private static Path pdf;
	private static Path docx;
	private static int pages;
	private static String pdfText;

	@BeforeAll
	static void writeBoth() throws Exception {
		demo = DemoNotitie.create(folder.resolve("kwb"));
		NotitieContent content = demo.contentWithMaps();
		Files.createDirectories(ARTIFACTS);
		pdf = ARTIFACTS.resolve("notitie.pdf");
		docx = ARTIFACTS.resolve("notitie.docx");
		pages = NotitiePdf.write(content, pdf);
		NotitieDocx.write(content, docx);
		pdfText = NotitieFiles.pdfText(pdf);
	}

	@Test
	void thePdfHasEveryChapterInItsContentsBookmarksAndPages() throws Exception {
		List<String> expected = new ArrayList<>(List.of("Inhoud"));
		expected.addAll(CHAPTERS);
		assertEquals(expected, NotitieFiles.bookmarks(pdf));
		List<String> texts = NotitieFiles.pageTexts(pdf);
		assertEquals(pages, texts.size());
		for (String chapter : CHAPTERS) {
			assertTrue(texts.get(1).contains(chapter), "the contents list " + chapter);
			assertTrue(texts.stream().skip(2).anyMatch(page -> page.startsWith(chapter)), "a page starts with " + chapter);
		}
		for (int p = 1; p < texts.size(); p++) {
			assertTrue(texts.get(p).endsWith("pagina " + (p + 1) + " van " + pages), "footer of page " + (p + 1));
		}
	}

	@Test
	void theBalanceFiguresAreTheComparisons() {
		ComparisonResult comparison = demo.comparison();
		ScenarioOutcome baseline = comparison.baseline();
		ScenarioOutcome scenario = comparison.outcome(DemoNotitie.SCENARIO).orElseThrow();
		int start = comparison.startYear();
		int end = comparison.endYear();
		assertEquals(start + DemoNotitie.HORIZON, end);
		YearBalance first = baseline.central().balance(start);
		YearBalance base = baseline.central().balance(end);
		YearBalance scen = scenario.central().balance(end);
		String dissimilarity = "Segregatie-index " + dutch(first.dissimilarity(), 2) + " " + dutch(base.dissimilarity(), 2)
				+ " " + band(baseline.sensitivity().dissimilarity(end), 2, 1, "") + " " + dutch(scen.dissimilarity(), 2)
				+ " " + band(scenario.sensitivity().dissimilarity(end), 2, 1, "");
		assertTrue(pdfText.contains(dissimilarity), dissimilarity);
		String largest = "Grootste aandeel kwetsbaar " + dutch(100 * first.largestShare(), 1) + "% "
				+ dutch(100 * base.largestShare(), 1) + "% " + band(baseline.sensitivity().largestShare(end), 1, 100, "%")
				+ " " + dutch(100 * scen.largestShare(), 1) + "% "
				+ band(scenario.sensitivity().largestShare(end), 1, 100, "%");
		assertTrue(pdfText.contains(largest), largest);
		String vulnerable = "Kwetsbare huishoudens " + dutch(first.vulnerableTotal(), 0) + " "
				+ dutch(base.vulnerableTotal(), 0) + " " + dutch(scen.vulnerableTotal(), 0);
		assertTrue(pdfText.contains(vulnerable), vulnerable);
		assertTrue(scen.dissimilarity() != base.dissimilarity(), "the scenario changes the city");
	}

	@Test
	void theLargestWaterbedEffectsAreNamedWithTheirCause() {
		ScenarioOutcome scenario = demo.comparison().outcome(DemoNotitie.SCENARIO).orElseThrow();
		Map<String, WaterbedEffect> first = new LinkedHashMap<>();
		for (WaterbedEffect effect : scenario.waterbed()) {
			first.merge(effect.buurtCode(), effect, (a, b) -> a.year() <= b.year() ? a : b);
		}
		String chapter = pdfText.substring(pdfText.lastIndexOf("2. De stad in balans?"),
				pdfText.lastIndexOf("3. Molenkamp"));
		if (first.isEmpty()) {
			assertTrue(chapter.contains("Geen waterbedeffecten"));
			return;
		}
		List<WaterbedEffect> largest = new ArrayList<>(first.values());
		largest.sort((a, b) -> Integer.compare(households(b), households(a)));
		int told = 0;
		for (WaterbedEffect effect : first.values()) {
			String start = demo.comparison().buurtName(effect.buurtCode()) + ": in " + effect.year() + " "
					+ effect.scenario().label() + " in plaats van " + effect.baseline().label() + ", door ";
			boolean inWords = chapter.contains(start + dutch(households(effect), 0) + " kwetsbare huishoudens uit andere buurten (");
			if (households(effect) > households(largest.get(Math.min(2, largest.size() - 1)))) {
				assertTrue(inWords, "one of the three largest is told in words: " + start);
			}
			told += inWords ? 1 : 0;
		}
		assertEquals(Math.min(3, first.size()), told, "the three largest effects in words, the others only in the table");
		int total = first.values().stream().mapToInt(NotitieTest::households).sum();
		assertTrue(chapter.contains(first.size() + " buurten komen door keuzes elders in een slechtere klasse")
				|| first.size() == 1, "the summary counts the buurten");
		assertTrue(chapter.contains("Samen gaat het om " + dutch(total, 0) + " kwetsbare huishoudens"),
				"the summary counts the households: " + total);
		assertTrue(chapter.contains("De mix antwoordt"), "how the mix answers");
	}

	private static int households(WaterbedEffect effect) {
		return effect.causes().values().stream().mapToInt(Integer::intValue).sum();
	}

	@Test
	void theOutlookOfEveryBuurtOfAWijkIsInItsChapter() {
		ComparisonResult comparison = demo.comparison();
		int end = comparison.endYear();
		String molenkamp = pdfText.substring(pdfText.lastIndexOf("3. Molenkamp"), pdfText.lastIndexOf("4. Vlietlanden"));
		assertTrue(molenkamp.contains("Vol op het orgel") || molenkamp.contains("vol op het orgel"), "intensity words");
		int buurten = 0;
		for (String code : comparison.baseline().central().buurtCodes()) {
			if (!code.startsWith("BU999902")) {
				continue;
			}
			buurten++;
			Band band = comparison.outcome(DemoNotitie.SCENARIO).orElseThrow().sensitivity().vulnerableShare(code, end);
			String row = comparison.buurtName(code) + " "
					+ dutch(100 * comparison.baseline().central().buurt(code, comparison.startYear()).vulnerableShare(), 1)
					+ "%";
			assertTrue(molenkamp.contains(row), row);
			assertTrue(molenkamp.contains(band(band, 1, 100, "%")), "band of " + code);
		}
		assertTrue(buurten > 0, "Molenkamp has buurten in the city");
	}

	@Test
	void thePrestatieafsprakenAreATableRowEach() throws Exception {
		String chapter = pdfText.substring(pdfText.lastIndexOf("5. Prestatieafspraken"),
				pdfText.lastIndexOf("6. Bronnen en methode"));
		assertTrue(chapter.contains("Partijen Afspraak Indicator Nulmeting Doel Jaar Status"), "the header row");
		try (XWPFDocument document = NotitieFiles.docx(docx)) {
			XWPFTable table = document.getTables().stream()
					.filter(t -> t.getRow(0).getCell(0).getText().equals("Partijen")).findFirst().orElseThrow();
			List<Prestatieafspraak> afspraken = demo.analyse().getPrestatieafspraken();
			assertEquals(afspraken.size() + 1, table.getNumberOfRows());
			for (int a = 0; a < afspraken.size(); a++) {
				Prestatieafspraak afspraak = afspraken.get(a);
				XWPFTableRow row = table.getRow(a + 1);
				assertTrue(row.getCell(0).getText().contains(afspraak.getParties().get(0).getName()));
				assertTrue(row.getCell(1).getText().startsWith(afspraak.getTitle()));
				assertEquals(dutch(afspraak.getBaselineValue(), 1) + "% (" + afspraak.getBaselineYear() + ")",
						row.getCell(3).getText(), "the demo's indicators are percentages");
				assertEquals(dutch(afspraak.getTargetValue(), 1) + "%", row.getCell(4).getText());
				assertEquals(String.valueOf(afspraak.getTargetYear()), row.getCell(5).getText());
				assertEquals(afspraak.getStatus().getLiteral(), row.getCell(6).getText());
				String numbers = row.getCell(3).getText() + " " + row.getCell(4).getText() + " " + row.getCell(5).getText();
				assertTrue(chapter.contains(numbers), numbers);
			}
		}
	}

	@Test
	void theDemosNotitieSaysItsFiguresAreInventedAndCreditsNoCbs() {
		String sources = pdfText.substring(pdfText.lastIndexOf("6. Bronnen en methode"));
		assertTrue(sources.contains(DemoGemeente.SOURCE), "the demo's notice as source: " + sources);
		assertTrue(!pdfText.contains("Bron: CBS"), "no CBS attribution for invented figures");
	}

	@Test
	void everyPageRendersAndIsNotBlank() throws Exception {
		List<BufferedImage> images = PdfPages.render(pdf, ARTIFACTS.resolve("pages"), 60);
		assertEquals(pages, images.size());
		assertTrue(pages >= 8, "title, contents and six chapters: " + pages);
		for (int p = 0; p < images.size(); p++) {
			assertTrue(PdfPages.inkShare(images.get(p)) > 0.003, "page " + (p + 1) + " has ink");
		}
	}

	@Test
	void theDocxHasThePdfsHeadingsTablesAndParagraphs() throws Exception {
		try (XWPFDocument document = NotitieFiles.docx(docx)) {
			assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
			assertEquals("heading 2", document.getStyles().getStyle("Heading2").getName());
			List<String> headings = new ArrayList<>();
			List<String> contents = new ArrayList<>();
			int paragraphs = 0;
			int cells = 0;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					String text = paragraph.getText();
					if ("Heading1".equals(paragraph.getStyle())) {
						headings.add(text);
					} else if ("TOC1".equals(paragraph.getStyle())) {
						contents.add(text);
					}
					if (!text.isBlank()) {
						paragraphs++;
						assertTrue(pdfText.contains(NotitieFiles.asPdf(text)), "in the PDF: " + text);
					}
				} else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							if (!cell.getText().isBlank()) {
								cells++;
								assertTrue(pdfText.contains(NotitieFiles.asPdf(cell.getText())), "cell in the PDF: " + cell.getText());
							}
						}
					}
				}
			}
			assertEquals(CHAPTERS, headings, "the same numbering as the PDF");
			assertEquals(CHAPTERS, contents, "the contents list as the field's current result");
			String contentsXml = document.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle())).findFirst()
					.orElseThrow().getCTP().xmlText();
			assertTrue(contentsXml.contains("TOC \\o \"1-1\"") && contentsXml.contains("fldCharType=\"begin\""),
					"the contents is Word's table-of-contents field: " + contentsXml);
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
				String settings = new String(zip.getInputStream(zip.getEntry("word/settings.xml")).readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
				assertTrue(settings.matches("(?s).*updateFields w:val=\"(true|on|1)\".*"), "Word updates the contents on opening: " + settings);
			}
			assertEquals(NotitieFiles.bookmarks(pdf).subList(1, CHAPTERS.size() + 1), headings);
			assertTrue(paragraphs > 40 && cells > 100, paragraphs + " paragraphs, " + cells + " cells");
			String footer = document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
			assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), "page numbers as fields: " + footer);
			XWPFParagraph bullet = document.getParagraphs().stream()
					.filter(p -> p.getText().startsWith("Sociale stijgers verlaten de wijk.")).findFirst().orElseThrow();
			assertNotNull(bullet.getNumID(), "a bullet of the probleemanalyse is a Word list item");
		}
	}

	@Test
	void aFailedWriteNamesTheFileAndLeavesNothing() throws Exception {
		NotitieContent content = demo.content();
		Path missing = folder.resolve("bestaat-niet").resolve("notitie.pdf");
		nl.veerkracht.gis.core.io.DataSourceException pdfError = org.junit.jupiter.api.Assertions
				.assertThrows(nl.veerkracht.gis.core.io.DataSourceException.class, () -> NotitiePdf.write(content, missing));
		assertTrue(pdfError.getMessage().contains("notitie.pdf"), pdfError.getMessage());
		Path docxMissing = folder.resolve("bestaat-niet").resolve("notitie.docx");
		nl.veerkracht.gis.core.io.DataSourceException docxError = org.junit.jupiter.api.Assertions
				.assertThrows(nl.veerkracht.gis.core.io.DataSourceException.class, () -> NotitieDocx.write(content, docxMissing));
		assertTrue(docxError.getMessage().contains("notitie.docx"), docxError.getMessage());
		assertFalse(Files.exists(folder.resolve("bestaat-niet")));
		try (var files = Files.list(ARTIFACTS)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp")), "no temporary file left");
		}
	}

	/** Dutch notation, independent of the notitie's own formatter. */
	static String dutch(double value, int decimals) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator('.');
		return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols).format(value);
	}

	private static String band(Band band, int decimals, double factor, String unit) {
		return dutch(factor * band.p10(), decimals) + "\u2013" + dutch(factor * band.p90(), decimals) + unit;
	}
}
