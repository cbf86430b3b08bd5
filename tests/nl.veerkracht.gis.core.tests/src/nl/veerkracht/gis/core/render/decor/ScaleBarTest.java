package nl.veerkracht.gis.core.render.decor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.render.Viewport;

/** Round scale bar lengths, Dutch texts and what is drawn. */
class ScaleBarTest {

	@Test
	void roundLengthsAreOneTwoOrFiveTimesAPowerOfTen() {
		assertEquals(500, ScaleBar.roundLength(730), 1e-9);
		assertEquals(1000, ScaleBar.roundLength(1999), 1e-9);
		assertEquals(2000, ScaleBar.roundLength(2000), 1e-9);
		assertEquals(5000, ScaleBar.roundLength(9999), 1e-9);
		assertEquals(0.2, ScaleBar.roundLength(0.37), 1e-12);
		assertEquals(10_000, ScaleBar.roundLength(10_000), 1e-9);
	}

	@Test
	void fitsTheLongestRoundLengthIntoTheRoomGiven() {
		Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(92_000, 437_000), 10, 800, 600);
		ScaleBar bar = ScaleBar.fit(viewport, 150, false);
		assertEquals(1000, bar.lengthMetres(), 1e-9);
		assertEquals(100, bar.widthPixels(), 1e-9);
		assertEquals("1 km", bar.label());
	}

	@Test
	void textsAreInMetresBelowOneKilometreAndDutchAbove() {
		assertArrayEquals(new String[] { "0", "250", "500 m" }, new ScaleBar(500, 100, false).tickLabels());
		assertArrayEquals(new String[] { "0", "0,5", "1 km" }, new ScaleBar(1000, 100, false).tickLabels());
		assertArrayEquals(new String[] { "0", "2,5", "5 km" }, new ScaleBar(5000, 100, false).tickLabels());
		assertArrayEquals(new String[] { "0", "10.000", "20.000 km" },
				new ScaleBar(20_000_000, 100, false).tickLabels());
		assertEquals("0,2 m", new ScaleBar(0.2, 100, false).label());
	}

	@Test
	void drawsAlternatingSegmentsUnderTheTexts() {
		BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.MAGENTA);
		g.fillRect(0, 0, 200, 60);
		ScaleBar bar = new ScaleBar(500, 160, false);
		Size size = bar.size(g);
		bar.paint(g, 10, 10);
		int barY = (int) (10 + size.height() - 2.5);
		int start = 0;
		while (image.getRGB(start, barY) == Color.MAGENTA.getRGB()) {
			start++;
		}
		assertTrue(start > 10 && start < 20, "the bar starts after half the width of '0': " + start);
		assertTrue(size.width() > 160 && size.height() > 12, "room for the texts: " + size);
		assertDark(image, start + 20, barY);
		assertEquals(Color.WHITE.getRGB(), image.getRGB(start + 60, barY), "second segment is light");
		assertDark(image, start + 100, barY);
		assertEquals(Color.WHITE.getRGB(), image.getRGB(start + 140, barY), "fourth segment is light");
		assertEquals(Color.MAGENTA.getRGB(), image.getRGB(start + 163, barY), "the bar ends after 160 pixels");
		assertEquals(Color.MAGENTA.getRGB(), image.getRGB(5, 5), "nothing drawn outside");
	}

	@Test
	void refusesLengthsThatAreNotPositive() {
		assertThrows(IllegalArgumentException.class, () -> new ScaleBar(0, 10, false));
		assertThrows(IllegalArgumentException.class, () -> new ScaleBar(10, Double.NaN, false));
	}

	private static void assertDark(BufferedImage image, int x, int y) {
		Color c = new Color(image.getRGB(x, y));
		assertTrue(c.getRed() < 0x40 && c.getGreen() < 0x40 && c.getBlue() < 0x40, "dark at " + x + "," + y + ": " + c);
	}
}
