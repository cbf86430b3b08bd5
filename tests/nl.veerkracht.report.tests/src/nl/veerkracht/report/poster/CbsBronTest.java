package nl.veerkracht.report.poster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CbsBronTest {

	@Test
	void consecutiveYearsBecomeARange() {
		assertEquals("Bron: CBS, Kerncijfers wijken en buurten 2014\u20132016, CC BY 4.0",
				CbsBron.kerncijfers(2016, 2014, 2015));
	}

	@Test
	void oneYearAndGapsAreWrittenOut() {
		assertEquals("Bron: CBS, Kerncijfers wijken en buurten 2016, CC BY 4.0", CbsBron.kerncijfers(2016));
		assertEquals("2012, 2014\u20132016, 2019", CbsBron.jaren(2015, 2012, 2019, 2014, 2016, 2015));
	}

	@Test
	void withoutYearsTheLineStaysASourceStatement() {
		assertEquals("Bron: CBS, Kerncijfers wijken en buurten, CC BY 4.0", CbsBron.kerncijfers());
		assertEquals("", CbsBron.jaren());
	}
}
