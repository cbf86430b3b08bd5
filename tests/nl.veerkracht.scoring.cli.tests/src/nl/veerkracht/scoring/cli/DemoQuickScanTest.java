package nl.veerkracht.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.demo.DemoKerncijferFiles;
import nl.veerkracht.scoring.IndicatorRegistry;

/**
 * A QuickScan of the built-in demo's invented files credits no CBS data: its title page, sources chapter and
 * HTML footer carry the demo's notice instead of the CBS attribution.
 */
class DemoQuickScanTest {

	@TempDir
	Path dir;

	@Test
	void theDemosQuickScanSaysItsFiguresAreInventedAndCreditsNoCbs() throws Exception {
		List<Path> files = DemoKerncijferFiles.write(DemoGemeente.generate(), dir.resolve("kwb"));
		List<String> args = new ArrayList<>(List.of("--kwb"));
		files.forEach(file -> args.add(file.toString()));
		Path out = dir.resolve("rapport");
		args.addAll(List.of("--grenzen", files.get(files.size() - 1).toString(), "--out", out.toString()));
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int code = QuickScanApplication.run(args.toArray(String[]::new), IndicatorRegistry.getDefault(),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(errors, true, StandardCharsets.UTF_8));
		assertEquals(ScoreApplication.OK, code, errors.toString(StandardCharsets.UTF_8));

		String pdf;
		try (PDDocument document = Loader.loadPDF(out.resolve("quickscan.pdf").toFile())) {
			pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		String html = Files.readString(out.resolve("quickscan.html"));
		for (String text : List.of(pdf, html)) {
			assertTrue(text.contains("fictief"), "says the figures are invented");
			assertFalse(text.contains("Centraal Bureau voor de Statistiek"), "credits no CBS data");
		}
	}
}
