package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Households in the national lowest 40% of incomes, % (CBS {@code p_hh_li}, as published).
 */
public final class LowestFortyPercentHouseholds implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public LowestFortyPercentHouseholds() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_hh_li");
	}
}
