package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Persons on bijstand, AO or WW per 1,000 inhabitants: 1000 &times; ({@code a_soz_wb} + {@code a_soz_ao} +
 * {@code a_soz_ww}) / {@code a_inw}; those who need support (vragers) of the draagkracht ratio. Missing if
 * any of the counts is missing. A person with two benefits counts twice, as CBS counts per benefit kind.
 */
public final class BenefitRecipientsPerThousand implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public BenefitRecipientsPerThousand() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return IndicatorResult.ratio(input.sum("a_soz_wb", "a_soz_ao", "a_soz_ww"), input.value("a_inw"), 1000);
	}
}
