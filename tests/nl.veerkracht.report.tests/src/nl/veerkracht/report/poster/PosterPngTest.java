package nl.veerkracht.report.poster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PNG poster: A3 landscape at the resolution asked, designed, and a visible marker where text was cut.
 */
class PosterPngTest {

	private static PosterContent content;

	@TempDir
	Path folder;

	@BeforeAll
	static void readData() throws Exception {
		content = RotterdamPoster.content();
	}

	@Test
	void a3LandscapeAtTheResolutionAsked() throws Exception {
		Path file = folder.resolve("wijkschets-delfshaven.png");
		PosterExport.writePng(content, file, 100);
		RotterdamPoster.keep(file);
		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(Math.round(420 / 25.4 * 100), image.getWidth(), 1);
		assertEquals(Math.round(297 / 25.4 * 100), image.getHeight(), 1);
		assertEquals(Math.sqrt(2), (double) image.getWidth() / image.getHeight(), 0.005);
		PosterImages.assertDesigned(image);
		assertEquals(0, markerPixels(image), "no text was cut, so no marker");

		Path small = folder.resolve("klein.png");
		PosterExport.writePng(content, small, 36);
		BufferedImage smaller = ImageIO.read(small.toFile());
		assertEquals(Math.round(420 / 25.4 * 36), smaller.getWidth(), 1);
		assertEquals(Math.round(297 / 25.4 * 36), smaller.getHeight(), 1);
	}

	@Test
	void cutTextIsMarkedVisibly() throws Exception {
		Path file = folder.resolve("ingekort.png");
		PosterLayout layout = PosterExport.writePng(content.withProbleemanalyse(RotterdamPoster.longText(60)), file,
				100);
		RotterdamPoster.keep(file);
		assertEquals(List.of(PosterTexts.PROBLEEMANALYSE), layout.truncatedSections());
		assertEquals(1, layout.pageCount(), "a PNG has only the front page");
		BufferedImage image = ImageIO.read(file.toFile());
		assertTrue(markerPixels(image) > 20, "the marker is drawn in the problem analysis box");
	}

	/** Marker-coloured pixels in the middle column, where the problem analysis box is. */
	private static int markerPixels(BufferedImage image) {
		double perPoint = image.getWidth() / WijkschetsPoster.WIDTH;
		return PosterImages.count(image, PosterImages.MARKER, (int) (440 * perPoint), (int) (98 * perPoint),
				(int) (790 * perPoint), (int) (783 * perPoint));
	}
}
