package nl.veerkracht.scoring.example;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Inhabitants aged 65 or over, as a percentage of all inhabitants: 100 &times; {@code a_65_oo} /
 * {@code a_inw}, both counts of the same region and year. Missing, with the reason CBS gave, when either
 * count is missing; missing with cause {@code ZERO_DENOMINATOR} for a buurt without inhabitants.
 */
public final class ShareOfOlderInhabitants implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public ShareOfOlderInhabitants() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		IndicatorResult older = input.value("a_65_oo");
		IndicatorResult inhabitants = input.value("a_inw");
		return IndicatorResult.ratio(older, inhabitants, 100);
	}
}
