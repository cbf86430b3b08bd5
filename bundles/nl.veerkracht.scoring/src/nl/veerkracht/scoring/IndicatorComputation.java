package nl.veerkracht.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;

/**
 * Computes indicators for every region and year of a CBS data set, the input of the scoring engine.
 */
public final class IndicatorComputation {

	private IndicatorComputation() {
	}

	/**
	 * Computes each indicator for each region in each year in which that region has at least one observation.
	 *
	 * @param data the CBS data
	 * @param indicators the indicators
	 * @return the results, by year, then region (gemeenten, wijken, buurten, each by code), then indicator order
	 * @throws IllegalStateException if an indicator's code fails; the message names the indicator and plug-in
	 */
	public static List<ComputedIndicator> computeAll(CbsData data, Collection<IndicatorDescriptor> indicators) {
		Map<Integer, SortedSet<RegionCode>> regionsByYear = new TreeMap<>();
		for (Observation observation : data.observations()) {
			regionsByYear.computeIfAbsent(observation.year(), year -> new TreeSet<>()).add(observation.region());
		}
		List<ComputedIndicator> results = new ArrayList<>();
		regionsByYear.forEach((year, regions) -> {
			for (RegionCode region : regions) {
				for (IndicatorDescriptor indicator : indicators) {
					results.add(new ComputedIndicator(region, year, indicator, indicator.compute(data, region, year)));
				}
			}
		});
		return results;
	}
}
