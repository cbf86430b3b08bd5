package nl.veerkracht.scoring.engine;

import java.util.List;

/**
 * The trends of all regions of a table.
 *
 * @param years   the years the trend spans, ascending
 * @param regions one trend per region, in table order
 */
public record TrendResult(int[] years, List<RegionTrend> regions) {

	/**
	 * Copies the inputs.
	 */
	public TrendResult {
		years = years.clone();
		regions = List.copyOf(regions);
	}

	/** @return the years, a copy */
	@Override
	public int[] years() {
		return years.clone();
	}
}
