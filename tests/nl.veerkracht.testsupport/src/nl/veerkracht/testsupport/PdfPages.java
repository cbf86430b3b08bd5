package nl.veerkracht.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * The pages of a PDF as an independent reader draws them: poppler's {@code pdftoppm} (Debian package
 * {@code poppler-utils}), for tests that check a report's pages are drawn and not blank.
 */
public final class PdfPages {

	private PdfPages() {
	}

	/**
	 * Renders every page with pdftoppm into a directory, replacing the pages an earlier run left there.
	 *
	 * @param pdf       the PDF
	 * @param directory where the PNGs go (page-01.png, ...)
	 * @param dpi       the resolution
	 * @return the images, in page order
	 * @throws IOException when pdftoppm cannot be run or fails, with its output
	 * @throws InterruptedException when interrupted while it runs
	 */
	public static List<BufferedImage> render(Path pdf, Path directory, int dpi) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		try (Stream<Path> old = Files.list(directory)) {
			for (Path png : old.filter(p -> p.getFileName().toString().startsWith("page")).toList()) {
				Files.delete(png);
			}
		}
		Process process = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-png", pdf.toString(),
				directory.resolve("page").toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IOException("pdftoppm (poppler-utils) cannot render " + pdf + " (exit " + exit + "): " + output);
		}
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
	public static double inkShare(BufferedImage image) {
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
