package nl.veerkracht.scoring.indicators;

import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorInput;
import nl.veerkracht.scoring.IndicatorResult;

/**
 * Households under or around the social minimum, % (CBS {@code p_hh_osm}, as published).
 */
public final class SocialMinimumHouseholds implements Indicator {

	/**
	 * Creates the indicator (the extension registry calls this).
	 */
	public SocialMinimumHouseholds() {
	}

	@Override
	public IndicatorResult compute(IndicatorInput input) {
		return input.value("p_hh_osm");
	}
}
