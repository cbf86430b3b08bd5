package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Label texts are written the Dutch way. */
class LabelTextTest {

	@Test
	void wholeNumbersGetAThousandsPointFromFiveDigitsUp() {
		assertEquals("7", LabelText.of(7L));
		assertEquals("2024", LabelText.of(2024L));
		assertEquals("12.345", LabelText.of(12_345L));
		assertEquals("-1.234.567", LabelText.of(-1_234_567L));
		assertEquals("3", LabelText.of(3.0));
	}

	@Test
	void decimalsUseACommaAndAtMostTwoPlaces() {
		assertEquals("12,5", LabelText.of(12.5));
		assertEquals("3,14", LabelText.of(3.14159));
		assertEquals("0,13", LabelText.of(0.125));
		assertEquals("1.234.567,89", LabelText.of(1_234_567.891));
		assertEquals("-0,5", LabelText.of(-0.5));
	}

	@Test
	void textAndTruthValues() {
		assertEquals("Stadsdriehoek", LabelText.of("  Stadsdriehoek "));
		assertEquals("ja", LabelText.of(Boolean.TRUE));
		assertEquals("nee", LabelText.of(Boolean.FALSE));
	}

	@Test
	void missingValuesGiveNoLabel() {
		assertNull(LabelText.of(null));
		assertNull(LabelText.of(Double.NaN));
		assertNull(LabelText.of("   "));
	}
}
