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
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.model.method.MixKleuren;

/**
 * The poster shows the mix in the editor's colours ({@link MixKleuren}): each quadrant is filled with its column's
 * hue blended by intensity, and as many intensity dots as the intensity are filled with that hue.
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
	void theIntensityDotsAreFilledInTheColumnsHue() throws Exception {
		Wijkschets schets = RotterdamPoster.schets();
		BufferedImage image = render(PosterContent.of(schets, RotterdamPoster.DATE, List.of()));
		for (PerspectiefInzet inzet : schets.getPerspectiefMix()) {
			Color hue = new Color(MixKleuren.hue(inzet.getPerspective()));
			for (int dot = 0; dot < Intensiteit.MAX; dot++) {
				Color centre = dotCentre(image, inzet.getPerspective(), dot);
				String what = inzet.getPerspective().getLiteral() + " at " + inzet.getIntensity() + ", dot " + dot;
				assertClose(dot < inzet.getIntensity() ? hue : Color.WHITE, centre, what);
			}
		}
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

	/**
	 * The colour at the centre of an intensity dot: the dots (7 points, 11 apart) start at the quadrant's padding
	 * (8 points), under the name (27 points) and the word (22 points).
	 */
	private static Color dotCentre(BufferedImage image, Handelingsperspectief perspective, int dot) {
		Rectangle2D quadrant = PosterLayout.quadrant(perspective);
		double perPoint = image.getWidth() / WijkschetsPoster.WIDTH;
		return new Color(image.getRGB((int) Math.round((quadrant.getX() + 8 + dot * 11 + 3.5) * perPoint),
				(int) Math.round((quadrant.getY() + 8 + 27 + 22 + 3.5) * perPoint)));
	}

	private static void assertClose(Color expected, Color actual, String what) {
		assertTrue(Math.abs(expected.getRed() - actual.getRed()) <= 2
				&& Math.abs(expected.getGreen() - actual.getGreen()) <= 2
				&& Math.abs(expected.getBlue() - actual.getBlue()) <= 2,
				what + ": expected " + expected + " but the poster has " + actual);
	}
}
