package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Persons on unemployment benefit (WW) per 1,000 inhabitants: 1000 &times; {@code a_soz_ww} / {@code a_inw}.
 */
public final class UnemploymentBenefitPerThousand implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public UnemploymentBenefitPerThousand() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.ratio("a_soz_ww", "a_inw", 1000);
	}
}
