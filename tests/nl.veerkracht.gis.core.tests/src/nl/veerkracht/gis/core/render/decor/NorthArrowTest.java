package nl.veerkracht.gis.core.render.decor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

/** The north arrow points up: its dark half on the left, its light half on the right, "N" on top. */
class NorthArrowTest {

	@Test
	void arrowheadHasADarkLeftAndALightRightHalfUnderTheN() {
		BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.MAGENTA);
		g.fillRect(0, 0, 100, 100);
		NorthArrow arrow = new NorthArrow(40, false);
		Size size = arrow.size(g);
		arrow.paint(g, 10, 10);
		double centreX = 10 + size.width() / 2;
		double arrowTop = 10 + size.height() - 40;
		int y = (int) (arrowTop + 28);
		Color left = new Color(image.getRGB((int) (centreX - 4), y));
		Color right = new Color(image.getRGB((int) (centreX + 4), y));
		assertTrue(left.getRed() < 0x40 && left.getGreen() < 0x40, "dark left half: " + left);
		assertEquals(Color.WHITE, right, "light right half");
		int letter = 0;
		for (int py = 10; py < arrowTop - 1; py++) {
			for (int px = 10; px < 10 + size.width(); px++) {
				letter += new Color(image.getRGB(px, py)).getGreen() < 0x40 ? 1 : 0;
			}
		}
		assertTrue(letter > 15, "the N is drawn above the arrow: " + letter + " dark pixels");
		assertEquals(Color.MAGENTA.getRGB(), image.getRGB(5, 5));
	}

	@Test
	void panelAddsPaddingAroundIt() {
		Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		Size bare = new NorthArrow(40, false).size(g);
		Size panel = new NorthArrow(40, true).size(g);
		assertEquals(bare.width() + 8, panel.width(), 1e-9);
		assertEquals(bare.height() + 8, panel.height(), 1e-9);
	}
}
