package nl.veerkracht.scoring.engine;

import java.util.ArrayList;
import java.util.List;

/** Builds small indicator tables for the tests. */
final class Tables {

	private final List<RegionInfo> regions = new ArrayList<>();
	private final List<IndicatorSpec> specs = new ArrayList<>();
	private final List<IndicatorValue> values = new ArrayList<>();

	Tables region(String code, String gemeente, long inhabitants) {
		regions.add(new RegionInfo(code, "Buurt " + code, gemeente, inhabitants, null));
		return this;
	}

	Tables indicator(String id, Direction direction, Role role, double weight) {
		specs.add(new IndicatorSpec(id, "Indicator " + id, "%", direction, role, weight));
		return this;
	}

	/** Values of one indicator in one year for the regions in order; NaN becomes missing. */
	Tables values(String indicator, int year, double... perRegion) {
		for (int r = 0; r < perRegion.length; r++) {
			String code = regions.get(r).code();
			values.add(Double.isNaN(perRegion[r])
					? IndicatorValue.missing(code, indicator, year, "geheim", "kolom " + indicator)
					: IndicatorValue.of(code, indicator, year, perRegion[r], "kolom " + indicator));
		}
		return this;
	}

	IndicatorTable build(int... years) {
		return new IndicatorTable(regions, specs, years, values);
	}

	List<IndicatorSpec> specs() {
		return specs;
	}
}
