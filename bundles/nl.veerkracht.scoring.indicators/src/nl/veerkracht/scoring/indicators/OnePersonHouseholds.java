package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * One-person households, % of households (CBS {@code p_1p_hh}: published, or derived as
 * 100 &times; {@code a_1p_hh} / {@code a_hh} where a year publishes the count).
 */
public final class OnePersonHouseholds implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public OnePersonHouseholds() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_1p_hh");
	}
}
