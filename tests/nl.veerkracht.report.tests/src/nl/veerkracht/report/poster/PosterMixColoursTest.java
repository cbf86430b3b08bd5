package nl.veerkracht.report.poster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.MixKleuren;

/**
 * The poster shows the mix in the editor's colours ({@link MixKleuren}): each quadrant is filled with its column's
 * hue blended by intensity, and the intensity dots are in that hue.
 */
class PosterMixColoursTest {

	private static final int DPI = 100;

	@Test
	void eachQuadrantHasTheEditorsFillForItsIntensity() throws Exception {
		Wijkschets schets = RotterdamPoster.schets();
		BufferedImage image = render(PosterContent.of(schets, RotterdamPoster.DATE, List.of()));
		for (PerspectiefInzet inzet : schets.getPerspectiefMix()) {
			Color expected = new Color(MixKleuren.fill(inzet.getPerspective(), inzet.getIntensity()));
			Color painted = cornerOf(image, inzet.getPerspective());
			assertClose(expected, painted, inzet.getPerspective().getLiteral() + " at " + inzet.getIntensity());
		}
		assertEquals(4, schets.getPerspectiefMix().size(), "the fixture rates all four, 4/2/1/3");
	}

	@Test
	void anUnratedPerspectiveStaysWhite() throws Exception {
		Wijkschets schets = RotterdamPoster.schets();
		schets.getPerspectiefMix().removeIf(inzet -> inzet.getPerspective() == Handelingsperspectief.SOCIALE_AANPAK);
		BufferedImage image = render(PosterContent.of(schets, RotterdamPoster.DATE, List.of()));
		assertClose(Color.WHITE, cornerOf(image, Handelingsperspectief.SOCIALE_AANPAK), "unrated");
		assertClose(new Color(MixKleuren.fill(Handelingsperspectief.HERPOSITIONERING, 3)),
				cornerOf(image, Handelingsperspectief.HERPOSITIONERING), "rated");
	}

	@Test
	void theIntensityDotsAreInTheColumnsHue() throws Exception {
		BufferedImage image = PosterExport.render(WijkschetsPoster.layout(
				PosterContent.of(RotterdamPoster.schets(), RotterdamPoster.DATE, List.of()),
				WijkschetsPoster.Overflow.MARK_ONLY), 200);
		Color blue = new Color(MixKleuren.OMGAAN_MET);
		Color orange = new Color(MixKleuren.TEGENGAAN_VAN);
		// SOCIALE_AANPAK (omgaan met) is at 4: four full blue dots, nothing orange
		assertTrue(dots(image, Handelingsperspectief.SOCIALE_AANPAK, blue) > 4 * 150, "four blue dots");
		assertEquals(0, dots(image, Handelingsperspectief.SOCIALE_AANPAK, orange), "no orange in omgaan met");
		// WONINGPROGRAMMA (tegengaan van) is at 1: one full orange dot, nothing blue
		int one = dots(image, Handelingsperspectief.WONINGPROGRAMMA, orange);
		assertTrue(one > 150, "an orange dot: " + one);
		assertEquals(0, dots(image, Handelingsperspectief.WONINGPROGRAMMA, blue), "no blue in tegengaan van");
		// HERPOSITIONERING is at 3: two more full dots (a dot of 7 points is about 300 pixels at 200 dpi) and two
		// outlines fewer than at 1
		int three = dots(image, Handelingsperspectief.HERPOSITIONERING, orange);
		assertTrue(three > one + 2 * 150, "three orange dots: " + three + " pixels against " + one + " for one");
	}

	private static BufferedImage render(PosterContent content) throws Exception {
		return PosterExport.render(WijkschetsPoster.layout(content, WijkschetsPoster.Overflow.MARK_ONLY), DPI);
	}

	/** The colour just inside the bottom right corner of a quadrant, where no text is drawn. */
	private static Color cornerOf(BufferedImage image, Handelingsperspectief perspective) {
		Rectangle2D quadrant = PosterLayout.quadrant(perspective);
		double perPoint = image.getWidth() / WijkschetsPoster.WIDTH;
		return new Color(image.getRGB((int) ((quadrant.getMaxX() - 5) * perPoint),
				(int) ((quadrant.getMaxY() - 5) * perPoint)));
	}

	/** Pixels of the colour in the strip of intensity dots under the quadrant's word. */
	private static int dots(BufferedImage image, Handelingsperspectief perspective, Color colour) {
		Rectangle2D quadrant = PosterLayout.quadrant(perspective);
		double perPoint = image.getWidth() / WijkschetsPoster.WIDTH;
		return PosterImages.count(image, colour, (int) ((quadrant.getX() + 6) * perPoint),
				(int) ((quadrant.getY() + 55) * perPoint), (int) ((quadrant.getX() + 60) * perPoint),
				(int) ((quadrant.getY() + 67) * perPoint));
	}

	private static void assertClose(Color expected, Color actual, String what) {
		assertTrue(Math.abs(expected.getRed() - actual.getRed()) <= 2
				&& Math.abs(expected.getGreen() - actual.getGreen()) <= 2
				&& Math.abs(expected.getBlue() - actual.getBlue()) <= 2,
				what + ": expected " + expected + " but the poster has " + actual);
	}
}
