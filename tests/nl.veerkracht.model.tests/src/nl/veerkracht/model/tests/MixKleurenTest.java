package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.model.method.MixKleuren;
import nl.veerkracht.model.method.Perspectieven;

class MixKleurenTest {

	@Test
	void eachColumnHasItsHue() {
		assertEquals(0x2166AC, MixKleuren.hue(Strategie.OMGAAN_MET));
		assertEquals(0xE66101, MixKleuren.hue(Strategie.TEGENGAAN_VAN));
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			assertEquals(MixKleuren.hue(Perspectieven.strategie(perspective)), MixKleuren.hue(perspective),
					perspective.getLiteral());
		}
	}

	@Test
	void intensityZeroIsWhiteInBothColumns() {
		assertEquals(0xFFFFFF, MixKleuren.fill(Strategie.OMGAAN_MET, Intensiteit.MIN));
		assertEquals(0xFFFFFF, MixKleuren.fill(Strategie.TEGENGAAN_VAN, Intensiteit.MIN));
	}

	@Test
	void theMaximumIsEightyPercentHueOverWhite() {
		// blue (33,102,172): 0.8*33+0.2*255 = 77.4, 0.8*102+51 = 132.6, 0.8*172+51 = 188.6
		assertEquals(0x4D85BD, MixKleuren.fill(Strategie.OMGAAN_MET, Intensiteit.MAX));
		// orange (230,97,1): 235, 128.6, 51.8
		assertEquals(0xEB8134, MixKleuren.fill(Strategie.TEGENGAAN_VAN, Intensiteit.MAX));
	}

	@Test
	void halfwayIsFortyPercentHue() {
		// blue at 2 of 4: 0.4*33+0.6*255 = 166.2, 0.4*102+153 = 193.8, 0.4*172+153 = 221.8
		assertEquals(0xA6C2DE, MixKleuren.fill(Strategie.OMGAAN_MET, 2));
	}

	@Test
	void eachStepMovesFurtherFromWhiteAndOffScaleValuesAreClamped() {
		for (Strategie strategie : Strategie.VALUES) {
			int previous = -1;
			for (int intensity = Intensiteit.MIN; intensity <= Intensiteit.MAX; intensity++) {
				int distance = distanceFromWhite(MixKleuren.fill(strategie, intensity));
				assertTrue(distance > previous, strategie + " at " + intensity);
				previous = distance;
			}
			assertEquals(MixKleuren.fill(strategie, Intensiteit.MAX), MixKleuren.fill(strategie, 9));
			assertEquals(MixKleuren.fill(strategie, Intensiteit.MIN), MixKleuren.fill(strategie, -1));
		}
		assertNotEquals(MixKleuren.fill(Strategie.OMGAAN_MET, 3), MixKleuren.fill(Strategie.TEGENGAAN_VAN, 3));
	}

	@Test
	void perspectivesTakeTheFillOfTheirColumn() {
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			for (int intensity = Intensiteit.MIN; intensity <= Intensiteit.MAX; intensity++) {
				assertEquals(MixKleuren.fill(Perspectieven.strategie(perspective), intensity),
						MixKleuren.fill(perspective, intensity));
			}
		}
	}

	@Test
	void channelsComeApart() {
		assertEquals(0x21, MixKleuren.red(0x2166AC));
		assertEquals(0x66, MixKleuren.green(0x2166AC));
		assertEquals(0xAC, MixKleuren.blue(0x2166AC));
	}

	private static int distanceFromWhite(int rgb) {
		return (255 - MixKleuren.red(rgb)) + (255 - MixKleuren.green(rgb)) + (255 - MixKleuren.blue(rgb));
	}
}
