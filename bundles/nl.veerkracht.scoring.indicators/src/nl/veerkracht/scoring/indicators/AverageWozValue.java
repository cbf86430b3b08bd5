package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Average WOZ value of dwellings, thousands of euros (CBS {@code g_wozbag}, as published); lower means more vulnerable.
 */
public final class AverageWozValue implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public AverageWozValue() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("g_wozbag");
	}
}
