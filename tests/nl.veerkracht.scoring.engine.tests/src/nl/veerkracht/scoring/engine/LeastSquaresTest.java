package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {

	@Test
	void slopeAndStandardErrorSkipMissingYears() {
		// points (2019, 1), (2020, 2), (2021, 4); 2023 missing. tMean 2020, yMean 7/3
		// sxy = (-1)(1 - 7/3) + (1)(4 - 7/3) = 3, sxx = 2 -> slope 1.5
		// residuals 1/6, -1/3, 1/6 -> sum of squares 1/6; se = sqrt(1/6 / 1 / 2) = 0.288675
		int[] years = { 2019, 2020, 2021, 2023 };
		double[] values = { 1, 2, 4, Double.NaN };
		assertEquals(1.5, LeastSquares.slope(years, values), 1e-12);
		assertEquals(Math.sqrt(1 / 12.0), LeastSquares.standardError(years, values), 1e-12);
	}

	@Test
	void twoPointsGiveASlopeWithoutError() {
		int[] years = { 2014, 2016 };
		double[] values = { 10, 13 };
		assertEquals(1.5, LeastSquares.slope(years, values), 1e-12);
		assertTrue(Double.isNaN(LeastSquares.standardError(years, values)));
		assertTrue(Double.isNaN(LeastSquares.slope(years, new double[] { 10, Double.NaN })));
	}
}
