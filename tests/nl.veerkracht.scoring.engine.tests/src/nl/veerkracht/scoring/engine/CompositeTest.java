package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompositeTest {

	private static final double NaN = Double.NaN;

	@Test
	void weightsAreRenormalisedOverAvailableIndicators() {
		// weights 2, 1, 1; region 0 has z = 1, missing, -0.5
		// coverage = 3 / 4 = 0.75 >= 0.6; composite = (2 * 1 + 1 * -0.5) / 3 = 0.5
		double[][] z = { { 1.0, NaN }, { NaN, NaN }, { -0.5, 2.0 } };
		double[] composite = new double[2];
		double[] coverage = new double[2];
		Composite.compute(z, new double[] { 2, 1, 1 }, 0.6, composite, coverage);
		assertEquals(0.5, composite[0], 1e-12);
		assertEquals(0.75, coverage[0], 1e-12);
		// region 1 has only the third indicator: coverage 1 / 4 < 0.6, geen gegevens (not 2.0, not 0)
		assertTrue(Double.isNaN(composite[1]));
		assertEquals(0.25, coverage[1], 1e-12);
	}

	@Test
	void aMissingValueIsNotAZero() {
		// z = 1, missing, 1 with equal weights: the mean of what is there is 1; counting the gap as 0 would give 2/3
		double[][] z = { { 1.0 }, { NaN }, { 1.0 } };
		double[] composite = new double[1];
		Composite.compute(z, new double[] { 1, 1, 1 }, 0.6, composite, null);
		assertEquals(1.0, composite[0], 1e-12);
	}

	@Test
	void coverageExactlyAtTheMinimumPasses() {
		// 3 of 5 equal weights: 3/5 is 0.6 up to floating-point error
		double[][] z = { { 1.0 }, { 1.0 }, { 1.0 }, { NaN }, { NaN } };
		double[] composite = new double[1];
		Composite.compute(z, new double[] { 1, 1, 1, 1, 1 }, 0.6, composite, null);
		assertEquals(1.0, composite[0], 1e-12);
		Composite.compute(z, new double[] { 1, 1, 1, 1, 1 }, 0.61, composite, null);
		assertTrue(Double.isNaN(composite[0]));
	}

	@Test
	void onlyKwetsbaarheidIndicatorsEnterTheComposite() {
		List<IndicatorSpec> specs = new Tables()
				.indicator("a", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 2)
				.indicator("b", Direction.HIGHER_IS_MORE_RESILIENT, Role.DRAAGKRACHT_DRAGER, 1)
				.indicator("c", Direction.HIGHER_IS_MORE_VULNERABLE, Role.DRAAGKRACHT_VRAGER, 1)
				.indicator("d", Direction.HIGHER_IS_MORE_VULNERABLE, Role.CONTEXT, 1)
				.indicator("e", Direction.HIGHER_IS_MORE_RESILIENT, Role.KWETSBAARHEID, 3).specs();
		Weights weights = Weights.defaults(specs).with("e", 0.5);
		assertArrayEquals(new double[] { 2, 0, 0, 0, 0.5 }, Composite.compositeWeights(specs, weights));
	}

	@Test
	void noWeightAtAllGivesNoData() {
		double[][] z = { { 1.0 } };
		double[] composite = new double[1];
		Composite.compute(z, new double[] { 0 }, 0.6, composite, null);
		assertTrue(Double.isNaN(composite[0]));
	}
}
