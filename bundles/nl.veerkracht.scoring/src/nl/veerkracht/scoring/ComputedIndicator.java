package nl.veerkracht.scoring;

import java.util.Objects;

import nl.veerkracht.cbs.data.RegionCode;

/**
 * One indicator's result for one region and year.
 *
 * @param region the region
 * @param year the year
 * @param indicator the indicator
 * @param result its value, or missing with the cause
 */
public record ComputedIndicator(RegionCode region, int year, IndicatorDescriptor indicator, IndicatorResult result) {

	/**
	 * Checks the arguments.
	 *
	 * @param region the region
	 * @param year the year
	 * @param indicator the indicator
	 * @param result the result
	 */
	public ComputedIndicator {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(result, "result");
	}
}
