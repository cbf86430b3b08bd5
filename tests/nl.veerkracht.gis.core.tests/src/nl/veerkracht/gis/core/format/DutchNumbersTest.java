package nl.veerkracht.gis.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one number style of the views and the reports, and the forms in which they differ. */
class DutchNumbersTest {

	@Test
	void decimalsHaveACommaAPointBetweenThousandsAndNoNegativeZero() {
		assertEquals("1.234,50", DutchNumbers.decimal(1234.5, 2));
		assertEquals("-1.250,0", DutchNumbers.decimal(-1250, 1));
		assertEquals("1.234.568", DutchNumbers.decimal(1234567.8, 0));
		assertEquals("0,000", DutchNumbers.decimal(-0.0001, 3));
		assertEquals("0,00", DutchNumbers.decimal(-0.004, 2));
		assertEquals("0", DutchNumbers.decimal(-0.5, 0), "half-even rounds -0,5 to zero: no minus sign left");
		assertEquals("0", DutchNumbers.decimal(-0.0, 0));
		assertEquals("-0,01", DutchNumbers.decimal(-0.006, 2));
		assertEquals("-2", DutchNumbers.decimal(-2.5, 0), "half-even, as before in both the views and the reports");
	}

	@Test
	void aMissingNumberIsADashNeverZero() {
		assertEquals("\u2013", DutchNumbers.MISSING);
		for (double missing : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
			assertEquals(DutchNumbers.MISSING, DutchNumbers.decimal(missing, 1));
			assertEquals(DutchNumbers.MISSING, DutchNumbers.signed(missing, 2));
			assertEquals(DutchNumbers.MISSING, DutchNumbers.upToOneDecimal(missing));
			assertEquals(DutchNumbers.MISSING, DutchNumbers.oneDecimalBelowHundred(missing));
			assertEquals(DutchNumbers.MISSING, DutchNumbers.percent(missing));
			assertEquals(DutchNumbers.MISSING, DutchNumbers.percentNoSpace(missing));
			assertEquals(DutchNumbers.MISSING, DutchNumbers.percentOneDecimal(missing));
			assertEquals(DutchNumbers.MISSING, DutchNumbers.signedPercent(missing));
		}
	}

	@Test
	void theMinusSignIsAPlainHyphen() {
		assertEquals('-', DutchNumbers.decimal(-3.25, 2).charAt(0), "the PDF's standard fonts have no U+2212");
		assertEquals("-0,30", DutchNumbers.signed(-0.3, 2));
	}

	@Test
	void signedNumbersShowPlusExceptForZero() {
		assertEquals("+0,12", DutchNumbers.signed(0.123, 2));
		assertEquals("-0,30", DutchNumbers.signed(-0.3, 2));
		assertEquals("0,00", DutchNumbers.signed(0.001, 2));
		assertEquals("0,000", DutchNumbers.signed(-0.0001, 3));
		assertEquals("+1.250", DutchNumbers.signed(1250, 0));
	}

	@Test
	void indicatorValuesInTheFormOfTheViewsAndOfTheReports() {
		assertEquals("23", DutchNumbers.upToOneDecimal(23));
		assertEquals("45,3", DutchNumbers.upToOneDecimal(45.3));
		assertEquals("1.312", DutchNumbers.upToOneDecimal(1312));
		assertEquals("1.312,5", DutchNumbers.upToOneDecimal(1312.5));
		assertEquals("23,0", DutchNumbers.oneDecimalBelowHundred(23));
		assertEquals("23,4", DutchNumbers.oneDecimalBelowHundred(23.4));
		assertEquals("99,9", DutchNumbers.oneDecimalBelowHundred(99.94));
		assertEquals("100", DutchNumbers.oneDecimalBelowHundred(100));
		assertEquals("187.000", DutchNumbers.oneDecimalBelowHundred(187000));
		assertEquals("-123", DutchNumbers.oneDecimalBelowHundred(-123.4));
	}

	@Test
	void percentagesInTheFormOfTheViewsAndOfTheReports() {
		assertEquals("87 %", DutchNumbers.percent(0.8712));
		assertEquals("85%", DutchNumbers.percentNoSpace(0.85));
		assertEquals("0%", DutchNumbers.percentNoSpace(-0.001));
		assertEquals("12,5 %", DutchNumbers.percentOneDecimal(0.125));
		assertEquals("+44 %", DutchNumbers.signedPercent(0.44));
		assertEquals("-12 %", DutchNumbers.signedPercent(-0.12));
		assertEquals("0 %", DutchNumbers.signedPercent(0.001));
	}

	@Test
	void countsAndExports() {
		assertEquals("5.780", DutchNumbers.integer(5780));
		assertEquals("-5.780", DutchNumbers.integer(-5780));
		assertEquals("1234,56789", DutchNumbers.export(1234.56789));
		assertEquals("0", DutchNumbers.export(-0.0));
		assertEquals("0,1", DutchNumbers.export(0.1));
	}
}
