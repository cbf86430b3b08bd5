package nl.veerkracht.report.poster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.render.decor.Attribution;
import nl.veerkracht.model.method.Intensiteit;

/**
 * The PDF poster of a complete Rotterdam wijkschets: page size, searchable text of every section, continuation of
 * long texts, and a rendering by an independent PDF reader (poppler).
 */
class PosterPdfTest {

	private static PosterContent content;

	@TempDir
	Path folder;

	@BeforeAll
	static void readData() throws Exception {
		content = RotterdamPoster.content();
	}

	@Test
	void onePageA3LandscapeWithEverySectionAsText() throws Exception {
		Path file = folder.resolve("wijkschets-delfshaven.pdf");
		PosterLayout layout = PosterExport.writePdf(content, file);
		RotterdamPoster.keep(file);
		assertEquals(List.of(), layout.truncatedSections());
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertEquals(1, document.getNumberOfPages());
			PDRectangle box = document.getPage(0).getMediaBox();
			assertEquals(1190.55, box.getWidth(), 0.01);
			assertEquals(841.89, box.getHeight(), 0.01);
			String text = text(document, 1, 1);
			for (String expected : List.of(RotterdamPoster.WIJK, PosterTexts.KAART, PosterTexts.SIGNALERINGSKAART,
					PosterTexts.FOTO, PosterTexts.PROBLEEMANALYSE, PosterTexts.DEFINITIE_VAN_SUCCES,
					PosterTexts.STATUS, PosterTexts.SLEUTELPROJECTEN, PosterTexts.PERSPECTIEFMIX, PosterTexts.DILEMMA,
					PosterTexts.DEELNEMERS, RotterdamPoster.PROJECT_1, RotterdamPoster.PROJECT_2,
					RotterdamPoster.DILEMMA, Attribution.cbs(2017), "24 november 2026", "B. Yilmaz (Havensteder)",
					"sociale leefbaarheid: zwak", "OMGAAN MET", "TEGENGAAN VAN", "Herpositionering bestaande voorraad",
					Intensiteit.woord(4), Intensiteit.woord(3), Intensiteit.woord(2), Intensiteit.woord(1))) {
				assertTrue(text.contains(expected), () -> "'" + expected + "' not in the PDF text:\n" + text);
			}
			assertFalse(text.contains("vervolg op pagina"), text);
		}
	}

	@Test
	void longProbleemanalyseContinuesOnPageTwoInFull() throws Exception {
		String analysis = RotterdamPoster.longText(60);
		Path file = folder.resolve("lang.pdf");
		PosterLayout layout = PosterExport.writePdf(content.withProbleemanalyse(analysis), file);
		RotterdamPoster.keep(file);
		assertEquals(List.of(PosterTexts.PROBLEEMANALYSE), layout.truncatedSections());
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertEquals(2, document.getNumberOfPages());
			PDRectangle box = document.getPage(1).getMediaBox();
			assertEquals(1190.55, box.getWidth(), 0.01);
			String front = text(document, 1, 1);
			String second = text(document, 2, 2);
			assertTrue(front.contains("\u2026 vervolg op pagina 2"), front);
			assertFalse(front.contains("Observatie 60:"), "the end of the text is not on the front page");
			assertTrue(second.contains(PosterTexts.PROBLEEMANALYSE), second);
			assertTrue(second.contains(analysis), "the full text is on page 2:\n" + second);
			assertFalse(second.contains(RotterdamPoster.DILEMMA), "only texts that did not fit continue");
		}
	}

	@Test
	void popplerRendersAFrontPageThatIsNotBlank() throws Exception {
		Path file = folder.resolve("poster.pdf");
		PosterExport.writePdf(content, file);
		Process process = new ProcessBuilder("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1",
				file.toString(), folder.resolve("poppler").toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pdftoppm finishes");
		assertEquals(0, process.exitValue(), output);
		Path png;
		try (var files = Files.list(folder)) {
			png = files.filter(p -> p.getFileName().toString().startsWith("poppler")).findFirst().orElseThrow();
		}
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(827, image.getWidth(), 1);
		assertEquals(585, image.getHeight(), 1);
		PosterImages.assertDesigned(image);
	}

	@Test
	void namesOutsideTheStandardFontEncodingAreStillPrinted() throws Exception {
		PosterContent turkish = new PosterContent(content.title(), content.date(),
				List.of("Ş. Yıldız (buurtwerk)", "E. de Groot"), content.probleemanalyse(),
				content.definitieVanSucces(), content.status(), content.sleutelprojecten(), content.mix(),
				content.dilemmas(), content.photo(), content.map(), content.signalMap(), content.attribution());
		Path file = folder.resolve("namen.pdf");
		PosterExport.writePdf(turkish, file);
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertEquals(1, document.getNumberOfPages());
			String text = text(document, 1, 1);
			assertTrue(text.contains("E. de Groot"), text);
		}
	}

	private static String text(PDDocument document, int first, int last) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(first);
		stripper.setEndPage(last);
		return stripper.getText(document).replaceAll("\\s+", " ");
	}
}
