package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.notitie.internal.BalanceChapter;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.quickscan.LegendItem;
import nl.veerkracht.report.quickscan.MapArea;
import nl.veerkracht.report.quickscan.MapFigure;
import nl.veerkracht.report.quickscan.ScanMap;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.YearBalance;
import nl.veerkracht.testsupport.PdfPages;

/**
 * The maps of the demo notitie: in the PDF's chapter 2 the class colours of the comparison's buurten, in the DOCX
 * the same maps as pictures with the same captions, the waterbed table equal to the comparison's effects with the
 * same numbers on the map, and without geometries the same text without any figure.
 */
class NotitieMapsTest {

	private static final Path ARTIFACTS = Path.of("target", "test-artifacts", "notitie-maps");

	@TempDir
	static Path folder;

	private static DemoNotitie demo;
	private static NotitieContent withMaps;
	private static Path pdf;
	private static Path docx;

	@BeforeAll
	static void writeBoth() throws Exception {
		demo = DemoNotitie.create(folder.resolve("kwb"));
		withMaps = demo.contentWithMaps();
		Files.createDirectories(ARTIFACTS);
		pdf = ARTIFACTS.resolve("notitie.pdf");
		docx = ARTIFACTS.resolve("notitie.docx");
		NotitiePdf.write(withMaps, pdf);
		NotitieDocx.write(withMaps, docx);
	}

	@Test
	void chapterTwoShowsTheStartAndTheScenarioMapWithTheBalancesCounts() {
		List<MapFigure> figures = figures(chapter(withMaps, 2));
		assertEquals(1, figures.size(), "one figure in chapter 2");
		List<ScanMap> maps = figures.get(0).maps();
		assertEquals(2, maps.size(), "the signal map at the start and the scenario at the horizon side by side");
		ComparisonResult comparison = demo.comparison();
		assertLegend(comparison.baseline().central().balance(comparison.startYear()), maps.get(0));
		assertLegend(scenario().central().balance(comparison.endYear()), maps.get(1));
		for (MapArea area : maps.get(0).areas()) {
			Klasse klasse = comparison.baseline().central().buurt(area.code(), comparison.startYear()).klasse();
			assertEquals(signalMapColour(klasse), area.fill(), area.name());
		}
		for (MapArea area : maps.get(1).areas()) {
			Klasse klasse = scenario().central().buurt(area.code(), comparison.endYear()).klasse();
			assertEquals(signalMapColour(klasse), area.fill(), area.name());
		}
		assertEquals(demo.geometries().size(), maps.get(0).areas().size(), "every buurt of the demo is drawn");
	}

	@Test
	void theWaterbedTableHasTheComparisonsEffectsAndTheMapTheirNumbers() {
		Map<String, WaterbedEffect> first = new LinkedHashMap<>();
		for (WaterbedEffect effect : scenario().waterbed()) {
			first.merge(effect.buurtCode(), effect, (a, b) -> a.year() <= b.year() ? a : b);
		}
		assertFalse(first.isEmpty(), "the demo's mix has waterbed effects");
		Block.Table table = chapter(withMaps, 2).blocks().stream().filter(Block.Table.class::isInstance)
				.map(Block.Table.class::cast).filter(t -> t.columns().get(0).header().equals("Nr")).findFirst().orElseThrow();
		assertEquals(first.size(), table.rows().size(), "a row per buurt with a waterbed effect");
		Map<String, String> expected = new HashMap<>();
		for (WaterbedEffect effect : first.values()) {
			int households = effect.causes().values().stream().mapToInt(Integer::intValue).sum();
			expected.put(demo.comparison().buurtName(effect.buurtCode()), effect.year() + " " + effect.baseline().label()
					+ " " + effect.scenario().label() + " " + households);
		}
		Map<String, String> rows = new HashMap<>();
		Map<String, String> numbers = new HashMap<>();
		int previousYear = 0;
		for (int r = 0; r < table.rows().size(); r++) {
			List<Cell> row = table.rows().get(r);
			assertEquals(String.valueOf(r + 1), row.get(0).text(), "numbered in order");
			int year = Integer.parseInt(row.get(2).text());
			assertTrue(year >= previousYear, "sorted by the first year");
			previousYear = year;
			rows.put(row.get(1).text(), row.get(2).text() + " " + row.get(3).text() + " " + row.get(4).text() + " "
					+ row.get(5).text().replace(".", ""));
			numbers.put(row.get(1).text(), row.get(0).text());
		}
		assertEquals(expected, rows, "buurt, first year, classes and households of each effect");
		Map<String, String> markers = new HashMap<>();
		for (MapArea area : figures(chapter(withMaps, 2)).get(0).maps().get(1).areas()) {
			if (!area.marker().isEmpty()) {
				markers.put(area.name(), area.marker());
			}
		}
		assertEquals(numbers, markers, "the numbers on the map are the table's");
	}

	@Test
	void thePdfsChapterTwoPagesShowTheClassColoursOfTheBuurten() throws Exception {
		List<BufferedImage> images = PdfPages.render(pdf, ARTIFACTS.resolve("pages"), 72);
		List<String> texts = NotitieFiles.pageTexts(pdf);
		int from = -1;
		int to = -1;
		for (int p = 2; p < texts.size(); p++) {
			if (texts.get(p).startsWith("2. " + BalanceChapter.TITLE)) {
				from = p;
			}
			if (texts.get(p).startsWith("3. ")) {
				to = p;
				break;
			}
		}
		assertTrue(from > 0 && to > from, "chapter 2 is found: pages " + from + "-" + to);
		Map<Integer, Integer> pixels = new HashMap<>();
		for (BufferedImage image : images.subList(from, to)) {
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					pixels.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
				}
			}
		}
		ComparisonResult comparison = demo.comparison();
		Map<Klasse, Integer> start = comparison.baseline().central().balance(comparison.startYear()).buurtenPerKlasse();
		Map<Klasse, Integer> swatches = new HashMap<>();
		for (WaterbedEffect effect : scenario().waterbed()) {
			swatches.merge(effect.baseline(), 1, Integer::sum);
			swatches.merge(effect.scenario(), 1, Integer::sum);
		}
		int seen = 0;
		for (Klasse klasse : Klasse.values()) {
			if (start.getOrDefault(klasse, 0) > 0) {
				int colour = signalMapColour(klasse).getRGB() & 0xFFFFFF;
				// every swatch of the class (two legends, the class table, the waterbed table) is at most 10 x 9 pt
				int swatchPixels = (3 + swatches.getOrDefault(klasse, 0)) * 90;
				assertTrue(pixels.getOrDefault(colour, 0) > swatchPixels + 150,
						klasse.label() + " fills buurten on the map: " + pixels.getOrDefault(colour, 0) + " pixels");
				seen++;
			}
		}
		assertTrue(seen >= 2, "the demo has buurten in several classes");
	}

	@Test
	void theMapImageHasTheColoursOfItsBuurtenAndOnlyLegendSwatchesOfEmptyClasses() {
		MapFigure figure = figures(chapter(withMaps, 3)).get(0);
		assertEquals(1, figure.maps().size(), "a wijk chapter has one map of its buurten");
		ScanMap map = figure.maps().get(0);
		BufferedImage image = figure.image(966).orElseThrow();
		assertEquals(966, image.getWidth());
		Map<Integer, Integer> pixels = new HashMap<>();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				pixels.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
			}
		}
		assertTrue(pixels.getOrDefault(0xFFFFFF, 0) > 0, "a white background");
		int legendSwatch = 20 * 18; // 10 x 9 pt at 2 pixels a point
		for (LegendItem item : map.legend()) {
			int count = pixels.getOrDefault(item.colour().getRGB() & 0xFFFFFF, 0);
			if (item.count() > 0) {
				assertTrue(count > legendSwatch, item.label() + " fills its buurten: " + count);
			} else {
				assertTrue(count <= legendSwatch, item.label() + " only in the legend: " + count);
			}
		}
	}

	@Test
	void theDocxHasAPictureWithTheSameCaptionForEveryMapOfThePdf() throws Exception {
		List<String> captions = new ArrayList<>();
		for (Chapter chapter : withMaps.chapters()) {
			figures(chapter).forEach(figure -> captions.add(figure.caption()));
		}
		assertEquals(1 + 2, captions.size(), "the maps side by side in chapter 2 and one in each of the two wijk chapters");
		String pdfText = NotitieFiles.pdfText(pdf);
		for (String caption : captions) {
			assertTrue(pdfText.contains(NotitieFiles.asPdf(caption)), "the PDF prints the caption " + caption);
		}
		try (XWPFDocument document = NotitieFiles.docx(docx)) {
			assertEquals(captions.size(), document.getAllPictures().size(), "a picture per map");
			List<String> docxCaptions = new ArrayList<>();
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				if (captions.contains(paragraph.getText())) {
					docxCaptions.add(paragraph.getText());
				}
			}
			assertEquals(captions, docxCaptions, "the same captions in the same order");
		}
	}

	@Test
	void withoutGeometriesTheNotitieHasNoFigureAndTheSameTextWithTheClassTableInsteadOfTheMaps() {
		NotitieContent plain = demo.content();
		assertEquals(withMaps.chapters().size(), plain.chapters().size());
		Block intro = new Block.Paragraph(BalanceChapter.CLASS_TABLE_INTRO);
		List<Block> balance = plain.chapters().get(1).blocks();
		Block classTable = balance.get(balance.indexOf(intro) + 1);
		assertTrue(classTable instanceof Block.Table table && table.rows().size() == Klasse.values().length,
				"without maps the buurten per class at the start are a table");
		for (int c = 0; c < plain.chapters().size(); c++) {
			Chapter chapter = plain.chapters().get(c);
			assertTrue(chapter.blocks().stream().noneMatch(Block.Graphic.class::isInstance), chapter.title() + " has no figure");
			List<Block> expected = new ArrayList<>();
			boolean mapsReplaced = false;
			for (Block block : withMaps.chapters().get(c).blocks()) {
				if (!(block instanceof Block.Graphic)) {
					expected.add(block);
				} else if (c == 1 && !mapsReplaced) {
					expected.addAll(List.of(intro, classTable));
					mapsReplaced = true;
				}
			}
			assertEquals(expected, chapter.blocks(), chapter.title() + " says the same without its maps");
		}
		assertTrue(withMaps.chapters().get(1).blocks().stream().noneMatch(intro::equals), "the maps' legends give the counts");
	}

	private static void assertLegend(YearBalance balance, ScanMap map) {
		Map<String, Integer> legend = new HashMap<>();
		map.legend().forEach(item -> legend.put(item.label(), item.count()));
		Map<String, Integer> expected = new HashMap<>();
		balance.buurtenPerKlasse().forEach((klasse, count) -> expected.put(klasse.label(), count));
		assertEquals(expected, legend, "the legend counts are the balance's buurten per class in " + balance.year());
		for (LegendItem item : map.legend()) {
			Color colour = signalMapColour(Arrays.stream(Klasse.values())
					.filter(k -> k.label().equals(item.label())).findFirst().orElseThrow());
			assertEquals(colour, item.colour(), item.label());
		}
	}

	/** @return the class's fill on the signal map, read from its style */
	private static Color signalMapColour(Klasse klasse) {
		return SignalMapStyles.klasse().categories().stream().filter(c -> c.value().equals(klasse.label())).findFirst()
				.orElseThrow().symbol().fill();
	}

	private static ScenarioOutcome scenario() {
		return demo.comparison().outcome(DemoNotitie.SCENARIO).orElseThrow();
	}

	private static Chapter chapter(NotitieContent content, int number) {
		return content.chapters().get(number - 1);
	}

	private static List<MapFigure> figures(Chapter chapter) {
		return chapter.blocks().stream().filter(MapFigure.class::isInstance).map(MapFigure.class::cast).toList();
	}
}
