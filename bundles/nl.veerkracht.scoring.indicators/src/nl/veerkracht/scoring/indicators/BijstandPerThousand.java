package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Persons on social assistance (bijstand) per 1,000 inhabitants: 1000 &times; {@code a_soz_wb} / {@code a_inw}.
 */
public final class BijstandPerThousand implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public BijstandPerThousand() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.ratio("a_soz_wb", "a_inw", 1000);
	}
}
