package nl.veerkracht.cbs.io;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * What {@link CbsImport} read from a file, for a wizard to show before anything is added: the kind of
 * file, the data, the boundaries if the file had geometry, and summary figures.
 *
 * @param file the file read
 * @param kind the kind of file it was recognised as
 * @param data the regions, observations (including derived percentages) and warnings
 * @param boundaries the boundaries, for Wijk- en Buurtkaart files only
 */
public record ImportPreview(Path file, CbsFileKind kind, CbsData data, Optional<FeatureCollection> boundaries) {

	/**
	 * Checks the arguments.
	 *
	 * @param file the file
	 * @param kind the kind
	 * @param data the data
	 * @param boundaries the boundaries, if any
	 */
	public ImportPreview {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(boundaries, "boundaries");
	}

	/**
	 * Returns the number of regions per level.
	 *
	 * @return the counts; levels without regions are absent
	 */
	public Map<RegionLevel, Integer> regionCounts() {
		Map<RegionLevel, Integer> counts = new EnumMap<>(RegionLevel.class);
		for (RegionLevel level : RegionLevel.values()) {
			int count = data.regions(level).size();
			if (count > 0) {
				counts.put(level, count);
			}
		}
		return counts;
	}

	/**
	 * Returns the ids of the variables read.
	 *
	 * @return the variable ids
	 */
	public SortedSet<String> variableIds() {
		return data.variableIds();
	}

	/**
	 * Returns the years read.
	 *
	 * @return the years
	 */
	public SortedSet<Integer> years() {
		return data.years();
	}

	/**
	 * Returns the number of missing values per reason.
	 *
	 * @return the counts
	 */
	public Map<MissingReason, Long> missingCounts() {
		return data.missingCountsByReason();
	}

	/**
	 * Returns the warnings of the read.
	 *
	 * @return the warnings
	 */
	public List<String> warnings() {
		return data.warnings();
	}
}
