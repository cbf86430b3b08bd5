package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Persons aged 15-75 in work, % (CBS {@code p_act_15_75}, KWB up to 2017): carriers. A different definition
 * from {@link NetLabourParticipation}, so the two are separate indicators and never one series.
 */
public final class Active15To75 implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public Active15To75() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_act_15_75");
	}
}
