package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TrendsTest {

	private static final double EPS = 1e-9;
	private static final int[] YEARS = { 2020, 2021, 2022 };

	/**
	 * One gemeente, one indicator, three years. A rises 10, 12, 14; B stays 10; C falls 10, 8, 6.
	 * Pooled over the years: mean 10, sd = sqrt(40 / 9) = 2.108185, so the composite slopes are
	 * 2 / 2.108185 = 0.948683, 0 and -0.948683; the gemeente's slope is their mean, 0.
	 */
	private IndicatorTable threeBuurten(long inhabitantsOfA) {
		return new Tables().region("A", "GM1", inhabitantsOfA).region("B", "GM1", 1000).region("C", "GM1", 1000)
				.indicator("laag", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
				.values("laag", 2020, 10, 10, 10).values("laag", 2021, 12, 10, 8).values("laag", 2022, 14, 10, 6)
				.build(YEARS);
	}

	private TrendResult trend(IndicatorTable table, int... years) {
		ScoringEngine engine = new ScoringEngine(table, ScoringParameters.defaults());
		return engine.trend(years, Weights.defaults(table.indicators()),
				TrendParameters.defaults(NormalisationMethod.Z_SCORE));
	}

	@Test
	void compositeSlopesAreRelativeToTheGemeente() {
		TrendResult result = trend(threeBuurten(1000), YEARS);
		RegionTrend a = result.regions().get(0);
		assertEquals(0.9486832980505138, a.compositeSlope(), EPS);
		assertEquals(0.0, a.gemeenteSlope(), EPS);
		assertEquals(0.9486832980505138, a.relativeSlope(), EPS);
		assertEquals(0.0, a.slopeStandardError(), EPS, "a straight line");
		assertEquals(3, a.yearsUsed());
		assertTrue(a.earlyWarning());
		assertEquals(Set.of(), a.uncertainties());
		assertFalse(result.regions().get(1).earlyWarning());
		assertFalse(result.regions().get(2).earlyWarning());
		assertEquals(-0.9486832980505138, result.regions().get(2).relativeSlope(), EPS);
	}

	@Test
	void indicatorSlopesAreInRawUnits() {
		IndicatorTrend laag = trend(threeBuurten(1000), YEARS).regions().get(0).indicators().get(0);
		assertEquals(2.0, laag.slope(), EPS);
		assertEquals(0.0, laag.gemeenteSlope(), EPS);
		assertEquals(4.0, laag.change(), EPS);
		assertFalse(laag.withinRounding());
		assertTrue(laag.worseningFasterThanGemeente());
	}

	@Test
	void aSmallBuurtAndTwoYearsAreStatedAsUncertain() {
		RegionTrend a = trend(threeBuurten(300), 2020, 2022).regions().get(0);
		assertTrue(a.earlyWarning(), "the flag stands, with its doubts");
		assertEquals(Set.of(Uncertainty.SMALL_POPULATION, Uncertainty.FEW_YEARS), a.uncertainties());
		assertTrue(Double.isNaN(a.slopeStandardError()));
	}

	@Test
	void aChangeWithinCbsRoundingIsFlagged() {
		// A goes 10 -> 11 -> 11: a change of one whole percent, CBS's rounding step for this column
		IndicatorTable table = new Tables().region("A", "GM1", 1000).region("B", "GM1", 1000)
				.indicator("laag", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
				.values("laag", 2020, 10, 20).values("laag", 2021, 11, 20).values("laag", 2022, 11, 20).build(YEARS);
		RegionTrend a = trend(table, YEARS).regions().get(0);
		assertTrue(a.indicators().get(0).withinRounding());
		assertTrue(a.uncertainties().contains(Uncertainty.ROUNDING));
		assertEquals(1.0, Trends.roundingStep(table, 0, TrendParameters.defaults(NormalisationMethod.Z_SCORE)));
		TrendParameters finer = new TrendParameters(0.1, 500, 3, Map.of("laag", 0.1));
		assertEquals(0.1, Trends.roundingStep(table, 0, finer));
	}

	@Test
	void aZigZagIsNoisy() {
		// A: 10, 16, 12 and B: 10, 10, 10. Slope of A: 1 per year; residuals -1, 2, -1 -> se = sqrt(6 / 1 / 2) = 1.732
		// in raw units, larger than the slope: the relative composite slope lies within its standard error
		IndicatorTable table = new Tables().region("A", "GM1", 1000).region("B", "GM1", 1000)
				.indicator("laag", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
				.values("laag", 2020, 10, 10).values("laag", 2021, 16, 10).values("laag", 2022, 12, 10).build(YEARS);
		RegionTrend a = trend(table, YEARS).regions().get(0);
		assertTrue(a.uncertainties().contains(Uncertainty.NOISY));
	}

	/** 900 buurten in 3 gemeenten, 3 indicators over 4 years, 10% missing: the same trends on 1 and 3 threads. */
	@Test
	void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
		Tables tables = new Tables();
		for (int r = 0; r < 900; r++) {
			tables.region("BU" + r, "GM" + r % 3, 100 + 7 * r);
		}
		tables.indicator("a", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 1)
				.indicator("b", Direction.HIGHER_IS_MORE_RESILIENT, Role.KWETSBAARHEID, 0.5)
				.indicator("c", Direction.HIGHER_IS_MORE_VULNERABLE, Role.CONTEXT, 1);
		SplittableRandom random = new SplittableRandom(8);
		int[] years = { 2019, 2020, 2021, 2022 };
		for (String indicator : new String[] { "a", "b", "c" }) {
			for (int year : years) {
				double[] values = new double[900];
				for (int r = 0; r < values.length; r++) {
					values[r] = random.nextDouble() < 0.1 ? Double.NaN
							: Math.rint(10 * (20 + r % 30 + (year - 2019) * (r % 7 - 3) + random.nextGaussian())) / 10;
				}
				tables.values(indicator, year, values);
			}
		}
		IndicatorTable table = tables.build(years);
		TrendResult one = Pools.inPool(1, () -> trend(table, years));
		TrendResult three = Pools.inPool(3, () -> trend(table, years));
		for (int r = 0; r < 900; r++) {
			assertEquals(one.regions().get(r), three.regions().get(r), "trend of region " + r);
		}
		assertTrue(one.regions().stream().filter(RegionTrend::earlyWarning).count() > 50);
	}
}
