package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormaliserTest {

	private static final double EPS = 1e-9;

	/** GM1 has 10, 20, 30 and GM2 40, 50, 60 for a vulnerable and a resilient indicator. */
	private final IndicatorTable table = new Tables().region("A", "GM1", 100).region("B", "GM1", 100)
			.region("C", "GM1", 100).region("D", "GM2", 100).region("E", "GM2", 100).region("F", "GM2", 100)
			.indicator("kw", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
			.indicator("vk", Direction.HIGHER_IS_MORE_RESILIENT, Role.KWETSBAARHEID, 1)
			.values("kw", 2020, 10, 20, 30, 40, 50, 60).values("vk", 2020, 10, 20, 30, 40, 50, 60).build(2020);

	@Test
	void zScoreAgainstGemeenteUsesPopulationStandardDeviation() {
		// GM1: mean 20, sd = sqrt((100 + 0 + 100) / 3) = 8.16497; z(10) = -10 / 8.16497 = -1.224745
		NormalisedValues z = Normaliser.normalise(table, new int[] { 0 }, Reference.GEMEENTE,
				NormalisationMethod.Z_SCORE);
		assertEquals(-1.224744871391589, z.value(0, 0, 0), EPS);
		assertEquals(0.0, z.value(0, 0, 1), EPS);
		assertEquals(1.224744871391589, z.value(0, 0, 2), EPS);
		assertEquals(-1.224744871391589, z.value(0, 0, 3), EPS, "GM2 against its own mean 50");
		// direction correction: a high value of a resilient indicator is less vulnerable
		assertEquals(1.224744871391589, z.value(0, 1, 0), EPS);
		assertEquals(-1.224744871391589, z.value(0, 1, 2), EPS);
	}

	@Test
	void zScoreAgainstAllRegions() {
		// all: mean 35, sd = sqrt(2 * (625 + 225 + 25) / 6) = 17.078251; z(40) = 5 / 17.078251 = 0.292770
		NormalisedValues z = Normaliser.normalise(table, new int[] { 0 }, Reference.ALL, NormalisationMethod.Z_SCORE);
		assertEquals(0.2927700218845599, z.value(0, 0, 3), EPS);
		assertEquals(-0.2927700218845599, z.value(0, 1, 3), EPS);
	}

	@Test
	void rankIsMidRankPercentileAndFlipsForResilientIndicators() {
		// GM1: 10 -> (0 + 1/2) / 3 = 1/6, 20 -> 1/2, 30 -> 5/6
		NormalisedValues p = Normaliser.normalise(table, new int[] { 0 }, Reference.GEMEENTE,
				NormalisationMethod.RANK);
		assertEquals(1 / 6.0, p.value(0, 0, 0), EPS);
		assertEquals(0.5, p.value(0, 0, 1), EPS);
		assertEquals(5 / 6.0, p.value(0, 0, 2), EPS);
		assertEquals(5 / 6.0, p.value(0, 1, 0), EPS);
		// all: 40 is 4th of 6 -> (3 + 1/2) / 6
		NormalisedValues all = Normaliser.normalise(table, new int[] { 0 }, Reference.ALL, NormalisationMethod.RANK);
		assertEquals(3.5 / 6, all.value(0, 0, 3), EPS);
	}

	@Test
	void tiesCountHalfInRanks() {
		IndicatorTable ties = new Tables().region("A", "GM1", 1).region("B", "GM1", 1).region("C", "GM1", 1)
				.indicator("kw", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
				.values("kw", 2020, 10, 10, 30).build(2020);
		NormalisedValues p = Normaliser.normalise(ties, new int[] { 0 }, Reference.ALL, NormalisationMethod.RANK);
		assertEquals(1 / 3.0, p.value(0, 0, 0), EPS, "(0 below + 2 equal / 2) / 3");
		assertEquals(5 / 6.0, p.value(0, 0, 2), EPS, "(2 below + 1 equal / 2) / 3");
	}

	@Test
	void missingValuesStayMissingAndDoNotEnterTheStatistics() {
		IndicatorTable gap = new Tables().region("A", "GM1", 1).region("B", "GM1", 1).region("C", "GM1", 1)
				.indicator("kw", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
				.values("kw", 2020, 10, Double.NaN, 30).build(2020);
		// mean of 10 and 30 is 20, sd 10: not 13.33 as it would be if the gap were a zero
		NormalisedValues z = Normaliser.normalise(gap, new int[] { 0 }, Reference.ALL, NormalisationMethod.Z_SCORE);
		assertEquals(-1.0, z.value(0, 0, 0), EPS);
		assertTrue(Double.isNaN(z.value(0, 0, 1)));
		assertEquals(1.0, z.value(0, 0, 2), EPS);
	}

	@Test
	void aGroupWithoutSpreadIsAverage() {
		IndicatorTable flat = new Tables().region("A", "GM1", 1).region("B", "GM1", 1)
				.indicator("kw", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
				.values("kw", 2020, 7, 7).build(2020);
		NormalisedValues z = Normaliser.normalise(flat, new int[] { 0 }, Reference.ALL, NormalisationMethod.Z_SCORE);
		assertEquals(0.0, z.value(0, 0, 0), EPS);
	}
}
