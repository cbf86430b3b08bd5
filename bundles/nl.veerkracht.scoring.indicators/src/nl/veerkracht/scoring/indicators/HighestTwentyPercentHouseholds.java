package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Households in the national highest 20% of incomes, % (CBS {@code p_hh_hi}, as published): carriers.
 */
public final class HighestTwentyPercentHouseholds implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public HighestTwentyPercentHouseholds() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_hh_hi");
	}
}
