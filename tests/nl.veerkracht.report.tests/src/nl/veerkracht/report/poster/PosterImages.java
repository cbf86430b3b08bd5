package nl.veerkracht.report.poster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks on rendered poster pages.
 */
final class PosterImages {

	/** The colour of the header band of the poster. */
	static final Color BAND = new Color(0x1F, 0x5F, 0x6B);

	/** The colour of the "text continues / cut" marker. */
	static final Color MARKER = new Color(0xB0, 0x3A, 0x2E);

	private PosterImages() {
	}

	/**
	 * Asserts that the image is a drawn poster: the header band on top, a white body, and many colours (map,
	 * photo, matrix, text).
	 */
	static void assertDesigned(BufferedImage image) {
		int bandY = image.getHeight() / 40;
		assertTrue(close(new Color(image.getRGB(image.getWidth() / 2, bandY)), BAND, 8),
				"the header band is on top: " + new Color(image.getRGB(image.getWidth() / 2, bandY)));
		Set<Integer> colours = new HashSet<>();
		int white = 0;
		int total = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				colours.add(rgb);
				white += rgb == 0xFFFFFF ? 1 : 0;
				total++;
			}
		}
		assertTrue(colours.size() > 200, "a poster has many colours, not " + colours.size());
		assertTrue(white > total / 5 && white < total * 9 / 10, "white share " + white + " of " + total);
	}

	/**
	 * @return the number of pixels in the area close to the colour
	 */
	static int count(BufferedImage image, Color colour, int x0, int y0, int x1, int y1) {
		int count = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				if (close(new Color(image.getRGB(x, y)), colour, 30)) {
					count++;
				}
			}
		}
		return count;
	}

	private static boolean close(Color a, Color b, int tolerance) {
		return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
				&& Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
	}
}
