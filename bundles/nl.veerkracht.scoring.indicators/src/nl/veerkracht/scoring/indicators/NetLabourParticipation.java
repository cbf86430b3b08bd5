package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Net labour participation, % of persons aged 15-74 (CBS {@code p_arb_pp}, KWB from 2018): carriers.
 */
public final class NetLabourParticipation implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public NetLabourParticipation() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_arb_pp");
	}
}
