package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DraagkrachtTest {

	@Test
	void ratioOfWeightedMeansWithCoveragePerSide() {
		// dragers: hoog inkomen (w 1) and arbeidsparticipatie (w 1); vragers: laag inkomen (w 3), minimum (w 1)
		// A: D = (30 + 70) / 2 = 50, V = (3 * 20 + 1 * 4) / 4 = 16 -> 3.125
		// B: minimum missing, vrager coverage 3/4: V = 20, D = (20 + 60) / 2 = 40 -> 2.0
		// C: laag inkomen missing, vrager coverage 1/4 < 0.6 -> no ratio
		IndicatorTable table = new Tables().region("A", "GM1", 1).region("B", "GM1", 1).region("C", "GM1", 1)
				.indicator("hoog", Direction.HIGHER_IS_MORE_RESILIENT, Role.DRAAGKRACHT_DRAGER, 1)
				.indicator("arbeid", Direction.HIGHER_IS_MORE_RESILIENT, Role.DRAAGKRACHT_DRAGER, 1)
				.indicator("laag", Direction.HIGHER_IS_MORE_VULNERABLE, Role.DRAAGKRACHT_VRAGER, 3)
				.indicator("minimum", Direction.HIGHER_IS_MORE_VULNERABLE, Role.DRAAGKRACHT_VRAGER, 1)
				.values("hoog", 2021, 30, 20, 25).values("arbeid", 2021, 70, 60, 65)
				.values("laag", 2021, 20, 20, Double.NaN).values("minimum", 2021, 4, Double.NaN, 5).build(2021);
		double[] ratio = Draagkracht.compute(table, 0, Weights.defaults(table.indicators()), 0.6);
		assertEquals(3.125, ratio[0], 1e-12);
		assertEquals(2.0, ratio[1], 1e-12);
		assertTrue(Double.isNaN(ratio[2]));
	}
}
