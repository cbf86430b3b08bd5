package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Persons on a disability benefit (AO) per 1,000 inhabitants: 1000 &times; {@code a_soz_ao} / {@code a_inw}.
 */
public final class DisabilityBenefitPerThousand implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public DisabilityBenefitPerThousand() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.ratio("a_soz_ao", "a_inw", 1000);
	}
}
