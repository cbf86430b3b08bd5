package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import nl.veerkracht.report.document.PdfFlow;

/**
 * Reads a written notitie back: the PDF's text, bookmarks and pages rendered by poppler's {@code pdftoppm}, and the
 * DOCX through POI.
 */
final class NotitieFiles {

	private NotitieFiles() {
	}

	/**
	 * @return the PDF's whole text without the page footers, white space collapsed to single spaces, so that a
	 *         paragraph broken across pages reads as one
	 */
	static String pdfText(Path pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		for (String page : pageTexts(pdf)) {
			pages.add(page.replaceFirst(" ?" + NotitieBuilder.TITLE + " [^\u00b7]*\u00b7 \\d{4}\u2013\\d{4} pagina \\d+ van \\d+$", ""));
		}
		return String.join(" ", pages);
	}

	/** @return the text of every page, white space collapsed */
	static List<String> pageTexts(Path pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(normal(stripper.getText(document)));
			}
		}
		return pages;
	}

	/** @return the titles of the PDF's bookmarks, in order */
	static List<String> bookmarks(Path pdf) throws IOException {
		List<String> titles = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
			}
		}
		return titles;
	}

	/** @return the DOCX, read by POI */
	static XWPFDocument docx(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	/**
	 * @param text a text from the DOCX
	 * @return as the PDF prints it: characters outside its standard fonts as '?', white space collapsed
	 */
	static String asPdf(String text) {
		return normal(PdfFlow.printable(text));
	}

	static String normal(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/**
	 * Renders every page with pdftoppm into a directory.
	 *
	 * @return the images, in page order
	 */
	static List<BufferedImage> render(Path pdf, Path directory, int dpi) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		try (Stream<Path> old = Files.list(directory)) {
			for (Path png : old.filter(p -> p.getFileName().toString().startsWith("page")).toList()) {
				Files.delete(png);
			}
		}
		Process process = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-png", pdf.toString(),
				directory.resolve("page").toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), "pdftoppm (poppler-utils) renders the notitie: " + output);
		List<BufferedImage> images = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path png : files.filter(p -> p.getFileName().toString().startsWith("page")).sorted().toList()) {
				images.add(ImageIO.read(png.toFile()));
			}
		}
		return images;
	}

	/** @return the share of pixels that are not white */
	static double inkShare(BufferedImage image) {
		long ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
					ink++;
				}
			}
		}
		return ink / (double) ((long) image.getWidth() * image.getHeight());
	}
}
