package nl.veerkracht.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a QuickScan PDF back: the text of each page (PDFBox) and each page rendered by poppler's
 * {@code pdftoppm}.
 */
final class QuickScanPages {

	private QuickScanPages() {
	}

	/**
	 * @param document the PDF
	 * @return the text of every page, in order
	 */
	static List<String> texts(PDDocument document) throws IOException {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int p = 1; p <= document.getNumberOfPages(); p++) {
			stripper.setStartPage(p);
			stripper.setEndPage(p);
			pages.add(stripper.getText(document));
		}
		return pages;
	}

	/**
	 * Renders every page with pdftoppm into a directory.
	 *
	 * @param pdf the PDF
	 * @param directory where the PNGs go (page-01.png, ...)
	 * @param dpi the resolution
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
		assertEquals(0, process.waitFor(), "pdftoppm (poppler-utils) renders the report: " + output);
		List<BufferedImage> images = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path png : files.filter(p -> p.getFileName().toString().startsWith("page")).sorted().toList()) {
				images.add(ImageIO.read(png.toFile()));
			}
		}
		return images;
	}

	/**
	 * @param image a rendered page
	 * @return the share of pixels that are not white
	 */
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
