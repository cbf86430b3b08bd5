package nl.veerkracht.scoring.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's input: raw indicator values for regions &times; indicators &times; years, with the
 * indicator specifications and the region metadata. Immutable; values are held in one flat
 * {@code double[]} (year-major, then indicator, then region) so that the engine's loops run over arrays.
 * A cell nobody supplied is missing with the reason {@link #NOT_SUPPLIED}.
 */
public final class IndicatorTable {

	/** The missing reason of a cell for which no {@link IndicatorValue} was supplied. */
	public static final String NOT_SUPPLIED = "geen waarde aangeleverd";

	private final List<RegionInfo> regions;
	private final List<IndicatorSpec> indicators;
	private final int[] years;
	private final double[] values;
	private final String[] sourceColumns;
	private final Map<Integer, String> missingReasons;
	private final Map<String, Integer> regionIndex = new HashMap<>();
	private final Map<String, Integer> indicatorIndex = new HashMap<>();

	/**
	 * Creates a table from values. Every value must name a region, indicator and year given here, and no cell
	 * may be given twice.
	 *
	 * @param regions    the regions, with unique codes
	 * @param indicators the indicators, with unique ids
	 * @param years      the years, unique
	 * @param cells      the values
	 * @throws IllegalArgumentException on duplicates or a value for an unknown region, indicator or year
	 */
	public IndicatorTable(List<RegionInfo> regions, List<IndicatorSpec> indicators, int[] years,
			Iterable<IndicatorValue> cells) {
		this.regions = List.copyOf(regions);
		this.indicators = List.copyOf(indicators);
		this.years = years.clone();
		Arrays.sort(this.years);
		for (int y = 1; y < this.years.length; y++) {
			if (this.years[y] == this.years[y - 1]) {
				throw new IllegalArgumentException("year " + this.years[y] + " given twice");
			}
		}
		for (int r = 0; r < this.regions.size(); r++) {
			if (regionIndex.put(this.regions.get(r).code(), r) != null) {
				throw new IllegalArgumentException("region " + this.regions.get(r).code() + " given twice");
			}
		}
		for (int i = 0; i < this.indicators.size(); i++) {
			if (indicatorIndex.put(this.indicators.get(i).id(), i) != null) {
				throw new IllegalArgumentException("indicator " + this.indicators.get(i).id() + " given twice");
			}
		}
		int size = this.years.length * this.indicators.size() * this.regions.size();
		values = new double[size];
		Arrays.fill(values, Double.NaN);
		sourceColumns = new String[size];
		missingReasons = new HashMap<>();
		boolean[] seen = new boolean[size];
		for (IndicatorValue cell : cells) {
			int index = cellIndex(regionIndexOf(cell.regionCode()), indicatorIndexOf(cell.indicatorId()),
					yearIndexOf(cell.year()));
			if (seen[index]) {
				throw new IllegalArgumentException("value of " + cell.indicatorId() + " for " + cell.regionCode()
						+ " in " + cell.year() + " given twice");
			}
			seen[index] = true;
			values[index] = cell.value();
			sourceColumns[index] = cell.sourceColumn();
			if (cell.isMissing()) {
				missingReasons.put(index, cell.missingReason());
			}
		}
	}

	/** @return the regions, in table order (region index = list index) */
	public List<RegionInfo> regions() {
		return regions;
	}

	/** @return the indicators, in table order (indicator index = list index) */
	public List<IndicatorSpec> indicators() {
		return indicators;
	}

	/** @return the years, ascending (year index = array index); a copy */
	public int[] years() {
		return years.clone();
	}

	/** @return the number of regions */
	public int regionCount() {
		return regions.size();
	}

	/** @return the number of indicators */
	public int indicatorCount() {
		return indicators.size();
	}

	/**
	 * Returns the index of a region.
	 *
	 * @param code the region code
	 * @return its index
	 * @throws IllegalArgumentException if the table has no such region
	 */
	public int regionIndexOf(String code) {
		Integer index = regionIndex.get(code);
		if (index == null) {
			throw new IllegalArgumentException("unknown region " + code);
		}
		return index;
	}

	/**
	 * Returns the index of an indicator.
	 *
	 * @param id the indicator id
	 * @return its index
	 * @throws IllegalArgumentException if the table has no such indicator
	 */
	public int indicatorIndexOf(String id) {
		Integer index = indicatorIndex.get(id);
		if (index == null) {
			throw new IllegalArgumentException("unknown indicator " + id);
		}
		return index;
	}

	/**
	 * Returns the index of a year.
	 *
	 * @param year the year
	 * @return its index
	 * @throws IllegalArgumentException if the table has no such year
	 */
	public int yearIndexOf(int year) {
		int index = Arrays.binarySearch(years, year);
		if (index < 0) {
			throw new IllegalArgumentException("year " + year + " not in table " + Arrays.toString(years));
		}
		return index;
	}

	/**
	 * Returns a raw value by indices.
	 *
	 * @param region    region index
	 * @param indicator indicator index
	 * @param yearIndex year index (not the year)
	 * @return the raw value, NaN when missing
	 */
	public double value(int region, int indicator, int yearIndex) {
		return values[cellIndex(region, indicator, yearIndex)];
	}

	/**
	 * Returns the stored cell as a value record.
	 *
	 * @param region    region index
	 * @param indicator indicator index
	 * @param yearIndex year index (not the year)
	 * @return the value with its source column and missing reason
	 */
	public IndicatorValue cell(int region, int indicator, int yearIndex) {
		int index = cellIndex(region, indicator, yearIndex);
		String source = sourceColumns[index] == null ? "" : sourceColumns[index];
		String reason = Double.isNaN(values[index]) ? missingReasons.getOrDefault(index, NOT_SUPPLIED) : null;
		return new IndicatorValue(regions.get(region).code(), indicators.get(indicator).id(), years[yearIndex],
				values[index], reason, source);
	}

	/**
	 * Copies the raw values of one indicator in one year, for all regions, into an array.
	 *
	 * @param indicator indicator index
	 * @param yearIndex year index
	 * @param target    array of at least {@link #regionCount()} elements
	 */
	void copyColumn(int indicator, int yearIndex, double[] target) {
		System.arraycopy(values, cellIndex(0, indicator, yearIndex), target, 0, regions.size());
	}

	private int cellIndex(int region, int indicator, int yearIndex) {
		return (yearIndex * indicators.size() + indicator) * regions.size() + region;
	}
}
