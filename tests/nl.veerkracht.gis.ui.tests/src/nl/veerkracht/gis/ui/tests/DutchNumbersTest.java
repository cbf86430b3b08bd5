package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.veerkracht.scoring.ui.DutchNumbers;

/** The one number style of the signal-map views. */
class DutchNumbersTest {

	@Test
	void decimalsHaveACommaAThousandsPointAndNoNegativeZero() {
		assertEquals("1.234,50", DutchNumbers.decimal(1234.5, 2));
		assertEquals("0,000", DutchNumbers.decimal(-0.0001, 3));
		assertEquals("\u2013", DutchNumbers.decimal(Double.NaN, 1));
		assertEquals("45,3", DutchNumbers.raw(45.3));
		assertEquals("1.312", DutchNumbers.raw(1312));
		assertEquals("5.780", DutchNumbers.integer(5780));
	}

	@Test
	void signsAreExplicitExceptForZero() {
		assertEquals("+0,12", DutchNumbers.signed(0.123, 2));
		assertEquals("-0,30", DutchNumbers.signed(-0.3, 2));
		assertEquals("0,00", DutchNumbers.signed(0.001, 2));
	}

	@Test
	void percentagesHaveASpaceBeforeTheSignLikeTheAttributeTable() {
		assertEquals("87 %", DutchNumbers.percent(0.8712));
		assertEquals("12,5 %", DutchNumbers.percentOneDecimal(0.125));
		assertEquals("+44 %", DutchNumbers.signedPercent(0.44));
		assertEquals("-12 %", DutchNumbers.signedPercent(-0.12));
		assertEquals("0 %", DutchNumbers.signedPercent(0.001));
	}

	@Test
	void exportsKeepFullPrecisionWithoutGrouping() {
		assertEquals("1234,56789", DutchNumbers.export(1234.56789));
		assertEquals("0", DutchNumbers.export(-0.0));
	}
}
