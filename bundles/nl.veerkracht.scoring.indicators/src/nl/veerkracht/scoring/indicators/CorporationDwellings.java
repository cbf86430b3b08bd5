package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Dwellings owned by housing corporations, % of dwellings (CBS {@code p_wcorpw}, as published): context. A buurt
 * with more than two thirds is a corporatiebuurt.
 */
public final class CorporationDwellings implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public CorporationDwellings() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_wcorpw");
	}
}
