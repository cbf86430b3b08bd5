package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Households with a low income, % of households with a known income (CBS {@code p_hh_lkk}, as published).
 */
public final class LowIncomeHouseholds implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public LowIncomeHouseholds() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_hh_lkk");
	}
}
