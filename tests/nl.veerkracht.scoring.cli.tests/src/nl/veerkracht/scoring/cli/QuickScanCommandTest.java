package nl.veerkracht.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.Reference;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.YearResult;
import nl.veerkracht.testsupport.PdfPages;
import nl.veerkracht.testsupport.SharedData;

/**
 * The quickscan command in-process on Rotterdam KWB 2014–2016 and its buurt boundaries: the report's chapters,
 * table of contents and page numbers read back with PDFBox, the ten most vulnerable buurten with the engine's
 * own scores, every page rendered with pdftoppm and not blank, the HTML well-formed and self-contained, and
 * failures that leave nothing behind. The report and its pages are kept in target/test-artifacts/quickscan.
 */
class QuickScanCommandTest {

	private static final Path ARTIFACTS = Path.of("target", "test-artifacts", "quickscan");
	private static final List<String> KWB = List.of("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv",
			"rotterdam/Kerncijfers_wijken_en_buurten_2015.csv", "rotterdam/Kerncijfers_wijken_en_buurten_2016.csv");

	private static Path report;
	private static String summary;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void writeTheRotterdamReport() throws IOException {
		report = ARTIFACTS.resolve("rotterdam").toAbsolutePath();
		if (Files.exists(report)) {
			try (Stream<Path> files = Files.walk(report)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(report.getParent());
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		List<String> args = new ArrayList<>(List.of("--kwb"));
		KWB.forEach(file -> args.add(SharedData.file(file).toString()));
		args.addAll(List.of("--grenzen", SharedData.file("rotterdam/buurten_wgs84.geojson").toString(), "--gemeente",
				"GM0599", "--out", report.toString()));
		int code = QuickScanApplication.run(args.toArray(String[]::new), IndicatorRegistry.getDefault(),
				new PrintStream(log, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
		assertEquals(ScoreApplication.OK, code, errors.toString(StandardCharsets.UTF_8));
		summary = log.toString(StandardCharsets.UTF_8);
	}

	private int quickscan(String... args) {
		return QuickScanApplication.run(args, IndicatorRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String[] rotterdam(String... extra) {
		List<String> args = new ArrayList<>(List.of("--kwb"));
		KWB.forEach(file -> args.add(SharedData.file(file).toString()));
		args.addAll(List.of("--grenzen", SharedData.file("rotterdam/buurten_wgs84.geojson").toString()));
		args.addAll(Arrays.asList(extra));
		return args.toArray(String[]::new);
	}

	@Test
	void writesTheReportsBesideTheScoresAndTheSignalMap() throws IOException {
		try (Stream<Path> files = Files.list(report)) {
			assertEquals(List.of("quickscan.html", "quickscan.pdf", "scores.csv", "scores.csvt", "signaleringskaart.gpkg"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		Path scoreOut = dir.resolve("score");
		assertEquals(ScoreApplication.OK, ScoreApplication.run(rotterdam("--gemeente", "GM0599", "--out", scoreOut.toString()),
				IndicatorRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString());
		assertEquals(Files.readAllLines(scoreOut.resolve(ScoreCommand.CSV)), Files.readAllLines(report.resolve(ScoreCommand.CSV)),
				"scores.csv as the score command writes it");
		assertEquals(Files.readAllLines(scoreOut.resolve(ScoreCommand.CSVT)), Files.readAllLines(report.resolve(ScoreCommand.CSVT)));
		assertTrue(summary.contains("Rotterdam, 78 buurten, jaar 2016"), summary);
	}

	@Test
	void thePdfHasItsChaptersATableOfContentsAndPageNumbers() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(report.resolve(QuickScanCommand.PDF).toFile())) {
			List<String> pages = QuickScanPages.texts(pdf);
			int total = pages.size();
			assertTrue(total >= 12, "title, contents and eleven chapters: " + total + " pages");
			assertTrue(pages.get(0).contains("QuickScan Veerkracht") && pages.get(0).contains("Rotterdam"), pages.get(0));
			String contents = pages.get(1);
			assertTrue(contents.startsWith("Inhoud"), contents);
			List<String> chapters = List.of("Samenvatting", "De signaleringskaart lezen", "Klassen in 2016", "Trend 2014\u20132016",
					"Hot spots: kwetsbare buurten bij elkaar", "De tien meest kwetsbare buurten", "De tien snelst stijgende buurten",
					"Buurtprofielen", "Robuustheid van de klassen", "Methode en grenzen", "Bronnen");
			for (int c = 0; c < chapters.size(); c++) {
				String title = (c + 1) + ". " + chapters.get(c);
				Matcher entry = Pattern.compile(Pattern.quote(title) + "[ .]*(\\d+)").matcher(contents);
				assertTrue(entry.find(), "the contents list " + title + ":\n" + contents);
				int page = Integer.parseInt(entry.group(1));
				assertTrue(pages.get(page - 1).strip().startsWith(title), title + " starts on page " + page + ":\n" + pages.get(page - 1));
			}
			for (int p = 1; p < total; p++) {
				assertTrue(pages.get(p).contains("pagina " + (p + 1) + " van " + total), "page number on page " + (p + 1));
			}
			String all = String.join("\n", pages);
			assertTrue(all.contains("CC BY 4.0") && all.contains("Centraal Bureau voor de Statistiek"), "CBS attribution");
			for (String file : KWB) {
				assertTrue(all.contains(Path.of(file).getFileName().toString()), "source " + file);
			}
			assertTrue(all.contains("Wat open gegevens niet kunnen zien"), "the limits of the method");
			assertTrue(all.contains("wegingen") && all.contains("fragiel"), "robustness");
		}
	}

	@Test
	void theTopTenTableAndTheHotSpotsAreTheEngines() throws Exception {
		List<Path> kwb = KWB.stream().map(SharedData::file).toList();
		ScoringRun run = ScoringRun.prepare(new CbsImport().readAll(kwb),
				new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson")), IndicatorRegistry.getDefault(),
				Optional.of("GM0599"), ScoringParameters.of(Reference.GEMEENTE, NormalisationMethod.Z_SCORE,
						ScoringParameters.DEFAULT_MIN_COVERAGE));
		YearResult result = run.score(2016);
		List<Integer> top = IntStream.range(0, run.table().regionCount())
				.filter(r -> result.scores().klasse(r) != Klasse.GEEN_GEGEVENS).boxed()
				.sorted(Comparator.comparingDouble(r -> -result.scores().composite(r))).limit(10).toList();
		assertEquals(10, top.size());
		try (PDDocument pdf = Loader.loadPDF(report.resolve(QuickScanCommand.PDF).toFile())) {
			List<String> pages = QuickScanPages.texts(pdf);
			String table = pages.stream().filter(page -> page.startsWith("6. De tien meest kwetsbare buurten")).findFirst()
					.orElseThrow();
			List<String> lines = table.lines().toList();
			for (int i = 0; i < top.size(); i++) {
				int r = top.get(i);
				String name = run.table().regions().get(r).name();
				String score = String.format(Locale.ROOT, "%.2f", result.scores().composite(r)).replace('.', ',');
				String expected = (i + 1) + " " + name;
				String line = lines.stream().filter(l -> l.startsWith(expected + " ")).findFirst()
						.orElseThrow(() -> new AssertionError("row " + expected + " in\n" + table));
				assertTrue(line.contains(" " + score + " "), "score " + score + " of " + name + " in: " + line);
				assertTrue(line.contains(result.scores().klasse(r).label()), line);
			}
			String hotSpots = pages.stream().filter(page -> page.startsWith("5. Hot spots")).findFirst().orElseThrow()
					.replaceAll("\\s+", " ");
			List<String> names = IntStream.range(0, run.table().regionCount())
					.filter(r -> result.hotSpot(r) == HotSpotLabel.HIGH_HIGH).mapToObj(r -> run.table().regions().get(r).name())
					.toList();
			assertFalse(names.isEmpty());
			assertTrue(hotSpots.contains("hot spot (hoog-hoog) (" + names.size() + ")"), "legend count " + names.size());
			for (String name : names) {
				assertTrue(hotSpots.contains(name + " ("), "hot spot " + name + " listed: " + hotSpots);
			}
		}
	}

	@Test
	void everyPageRendersAndNoneIsBlank() throws Exception {
		List<BufferedImage> images = PdfPages.render(report.resolve(QuickScanCommand.PDF), ARTIFACTS.resolve("pages"), 60);
		try (PDDocument pdf = Loader.loadPDF(report.resolve(QuickScanCommand.PDF).toFile())) {
			assertEquals(pdf.getNumberOfPages(), images.size());
		}
		for (int p = 0; p < images.size(); p++) {
			double ink = PdfPages.inkShare(images.get(p));
			assertTrue(ink > 0.01, "page " + (p + 1) + " has ink: " + ink);
		}
		assertTrue(PdfPages.inkShare(images.get(4)) > 0.1, "the class map (chapter 3, page 5) fills its page");
	}

	@Test
	void theHtmlIsWellFormedSelfContainedAndHasTheSameChapters() throws Exception {
		String html = Files.readString(report.resolve(QuickScanCommand.HTML), StandardCharsets.UTF_8);
		Document document = QuickScanHtmlCheck.parse(html);
		QuickScanHtmlCheck.assertSelfContained(document);
		assertEquals(11, document.getElementsByTagName("section").getLength());
		assertEquals(3, document.getElementsByTagName("figure").getLength(), "three maps");
		assertTrue(document.getElementsByTagName("path").getLength() >= 3 * 78, "every buurt on every map");
		assertTrue(document.getElementsByTagName("article").getLength() >= 10, "the profiles");
		String text = document.getDocumentElement().getTextContent();
		assertTrue(text.contains("Stadsdriehoek") && text.contains("CC BY 4.0"), "names and attribution");
	}

	@Test
	void badArgumentsAreNamedAndWriteNothing() throws IOException {
		Path target = dir.resolve("uit");
		assertEquals(ScoreApplication.BAD_ARGUMENTS, quickscan(rotterdam("--jaar", "2018", "--out", target.toString())));
		assertTrue(err.toString().contains("--jaar: 2018 is not in the KWB files"), err.toString());
		assertTrue(err.toString().contains("gebruik: veerkracht quickscan"), err.toString());
		err.reset();
		assertEquals(ScoreApplication.BAD_ARGUMENTS, quickscan(rotterdam("--gemeente", "0599", "--out", target.toString())));
		assertTrue(err.toString().contains("--gemeente: '0599' is not a gemeente code"), err.toString());
		err.reset();
		assertEquals(ScoreApplication.BAD_ARGUMENTS, quickscan(rotterdam()));
		assertTrue(err.toString().contains("--out is missing"), err.toString());
		err.reset();
		assertEquals(ScoreApplication.BAD_ARGUMENTS, quickscan(rotterdam("--gemeente", "GM0363", "--out", target.toString())));
		assertTrue(err.toString().contains("no buurt of GM0363"), err.toString());
		assertFalse(Files.exists(target));
		assertEquals(List.of(), leftovers());
	}

	@Test
	void aBrokenBoundaryFileIsNamedAndWritesNothing() throws IOException {
		Path target = Files.createDirectory(dir.resolve("uit"));
		Files.writeString(target.resolve("notes.txt"), "mine");
		List<String> args = new ArrayList<>(List.of("--kwb"));
		KWB.forEach(file -> args.add(SharedData.file(file).toString()));
		args.addAll(List.of("--grenzen", SharedData.file("rotterdam/buurten_wgs84_as_published_trailing_comma.geojson").toString(),
				"--out", target.toString()));
		assertEquals(ScoreApplication.FAILED, quickscan(args.toArray(String[]::new)), err.toString());
		assertTrue(err.toString().contains("buurten_wgs84_as_published_trailing_comma.geojson"), err.toString());
		try (Stream<Path> files = Files.list(target)) {
			assertEquals(List.of("notes.txt"), files.map(p -> p.getFileName().toString()).toList());
		}
		assertEquals(List.of(), leftovers());
	}

	@Test
	void aBrokenKwbFileIsNamedAndWritesNothing() throws IOException {
		Path broken = Files.writeString(dir.resolve("kapot.csv"), "dit is geen KWB-bestand\n1;2;3\n");
		Path target = dir.resolve("uit");
		assertEquals(ScoreApplication.FAILED, quickscan("--kwb", broken.toString(), "--grenzen",
				SharedData.file("rotterdam/buurten_wgs84.geojson").toString(), "--out", target.toString()), err.toString());
		assertTrue(err.toString().contains("kapot.csv"), err.toString());
		assertFalse(Files.exists(target));
		assertEquals(List.of(), leftovers());
	}

	private List<String> leftovers() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
		}
	}
}
