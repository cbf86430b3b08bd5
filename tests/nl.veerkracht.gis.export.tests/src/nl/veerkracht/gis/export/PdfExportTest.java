package nl.veerkracht.gis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.render.decor.Attribution;

/**
 * A PDF of real Rotterdam buurten: loaded with PDFBox (page size, searchable texts) and rendered by
 * poppler's {@code pdftoppm}, an independent PDF reader, to check the colour of a known buurt.
 */
class PdfExportTest {

	@TempDir
	Path folder;

	@Test
	void pdfIsAnA4PageWithSearchableTextsThatPopplerDrawsInTheClassColours() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap();
		MapExportSettings settings = rotterdam.settings(PageSize.A4_LANDSCAPE);
		Path file = folder.resolve("rotterdam.pdf");
		MapLayout layout = MapExport.export(settings, MapExportFormat.PDF, file, ExportMonitor.NONE);
		RotterdamMap.keep(file);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertEquals(1, pdf.getNumberOfPages());
			PDRectangle page = pdf.getPage(0).getMediaBox();
			assertEquals(841.89, page.getWidth(), 0.05, "A4 landscape is 297 mm wide");
			assertEquals(595.28, page.getHeight(), 0.05, "and 210 mm high");
			assertEquals(RotterdamMap.TITLE, pdf.getDocumentInformation().getTitle());
			String text = new PDFTextStripper().getText(pdf);
			for (String expected : List.of(RotterdamMap.TITLE, "Buurten 2017", "WK059901", "overige waarden",
					"geen gegevens", Attribution.CBS_FIGURES, "CC BY 4.0")) {
				assertTrue(text.contains(expected), "'" + expected + "' is text in the PDF:\n" + text);
			}
		}

		BufferedImage rendered = pdftoppm(file, 96);
		assertEquals(1123, rendered.getWidth(), 1, "at 96 dpi one pixel is one layout pixel");
		Point2D inMap = layout.viewport().toScreen(rotterdam.insideStadsdriehoek());
		int x = (int) (layout.mapFrame().getX() + inMap.getX());
		int y = (int) (layout.mapFrame().getY() + inMap.getY());
		Color colour = new Color(rendered.getRGB(x, y));
		assertTrue(close(RotterdamMap.CENTRUM, colour), "Stadsdriehoek as poppler draws it: " + colour);
		int legendX = (int) (layout.legendArea().getX() + 10);
		boolean swatch = false;
		for (int ly = (int) layout.legendArea().getMinY(); ly < layout.legendArea().getMaxY(); ly++) {
			swatch |= close(RotterdamMap.OVERSCHIE, new Color(rendered.getRGB(legendX, ly)));
		}
		assertTrue(swatch, "the legend has the Overschie swatch");
	}

	/** Renders the first page of a PDF with poppler's pdftoppm and reads the PNG. */
	private BufferedImage pdftoppm(Path pdf, int dpi) throws IOException, InterruptedException {
		Path prefix = folder.resolve("rotterdam-pdf");
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", Integer.toString(dpi), "-singlefile",
				pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm finishes");
		assertEquals(0, process.exitValue(), "pdftoppm reads the PDF: " + output);
		Path png = folder.resolve("rotterdam-pdf.png");
		RotterdamMap.keep(png);
		return ImageIO.read(png.toFile());
	}

	private static boolean close(Color a, Color b) {
		return Math.abs(a.getRed() - b.getRed()) <= 3 && Math.abs(a.getGreen() - b.getGreen()) <= 3
				&& Math.abs(a.getBlue() - b.getBlue()) <= 3;
	}
}
