package nl.veerkracht.cbs.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What was read from one or more CBS files: the regions, the observations (at most one per region,
 * variable and year) and the warnings the readers gave (columns skipped, unit mismatches, ...). Immutable;
 * build it with a {@link Builder} or combine several with {@link #merge(List)}.
 */
public final class CbsData {

	private final SortedMap<RegionCode, Region> regions;
	private final Map<ObservationKey, Observation> observations;
	private final List<String> warnings;

	private CbsData(SortedMap<RegionCode, Region> regions, Map<ObservationKey, Observation> observations,
			List<String> warnings) {
		this.regions = Collections.unmodifiableSortedMap(regions);
		this.observations = Collections.unmodifiableMap(observations);
		this.warnings = List.copyOf(warnings);
	}

	/**
	 * Returns all regions, gemeenten first, then wijken, then buurten, each by code.
	 *
	 * @return the regions
	 */
	public List<Region> regions() {
		return List.copyOf(regions.values());
	}

	/**
	 * Returns the regions of one level.
	 *
	 * @param level the level
	 * @return the regions of that level, by code
	 */
	public List<Region> regions(RegionLevel level) {
		return regions.values().stream().filter(region -> region.code().level() == level).toList();
	}

	/**
	 * Finds a region.
	 *
	 * @param code the code
	 * @return the region, or empty if no file named it
	 */
	public Optional<Region> region(RegionCode code) {
		return Optional.ofNullable(regions.get(code));
	}

	/**
	 * Returns all observations, measured and missing.
	 *
	 * @return the observations
	 */
	public Collection<Observation> observations() {
		return observations.values();
	}

	/**
	 * Returns the ids of the variables that have at least one observation.
	 *
	 * @return the variable ids, sorted
	 */
	public SortedSet<String> variableIds() {
		SortedSet<String> ids = new TreeSet<>();
		observations.keySet().forEach(key -> ids.add(key.variableId()));
		return ids;
	}

	/**
	 * Returns the years that have at least one observation.
	 *
	 * @return the years, ascending
	 */
	public SortedSet<Integer> years() {
		SortedSet<Integer> years = new TreeSet<>();
		observations.keySet().forEach(key -> years.add(key.year()));
		return years;
	}

	/**
	 * Returns the years in which a variable has at least one observation (measured or missing).
	 *
	 * @param variableId the variable id
	 * @return the years, ascending
	 */
	public SortedSet<Integer> years(String variableId) {
		SortedSet<Integer> years = new TreeSet<>();
		observations.keySet().stream().filter(key -> key.variableId().equals(variableId))
				.forEach(key -> years.add(key.year()));
		return years;
	}

	/**
	 * Finds one observation.
	 *
	 * @param region the region
	 * @param variableId the variable id
	 * @param year the year
	 * @return the observation, empty if none was read
	 */
	public Optional<Observation> observation(RegionCode region, String variableId, int year) {
		return Optional.ofNullable(observations.get(new ObservationKey(region, variableId, year)));
	}

	/**
	 * Returns the series of a variable for a region over all years read.
	 *
	 * @param region the region
	 * @param variableId the variable id
	 * @return the series, empty (no years) if nothing was read for it
	 */
	public Series series(RegionCode region, String variableId) {
		SortedMap<Integer, Observation> byYear = new TreeMap<>();
		observations.values().stream()
				.filter(o -> o.region().equals(region) && o.variableId().equals(variableId))
				.forEach(o -> byYear.put(o.year(), o));
		return new Series(region, variableId, byYear);
	}

	/**
	 * Returns the number of missing observations.
	 *
	 * @return the count
	 */
	public long missingCount() {
		return observations.values().stream().filter(Observation::isMissing).count();
	}

	/**
	 * Returns the number of missing observations per reason; reasons that do not occur are absent.
	 *
	 * @return the counts
	 */
	public Map<MissingReason, Long> missingCountsByReason() {
		Map<MissingReason, Long> counts = new EnumMap<>(MissingReason.class);
		observations.values().forEach(o -> o.missingReason().ifPresent(reason -> counts.merge(reason, 1L, Long::sum)));
		return counts;
	}

	/**
	 * Returns the readers' warnings: things that did not stop the read but a user should know.
	 *
	 * @return the warnings, in the order they arose
	 */
	public List<String> warnings() {
		return warnings;
	}

	/**
	 * Combines several reads (for example one StatLine file per year) into one. Regions are united; if two
	 * inputs have an observation for the same region, variable and year, the first is kept and a warning
	 * names the conflict when the two differ.
	 *
	 * @param parts the reads to combine, in order of precedence
	 * @return the combination
	 */
	public static CbsData merge(List<CbsData> parts) {
		Builder builder = new Builder();
		for (CbsData part : parts) {
			part.warnings.forEach(builder::warn);
			part.regions.values().forEach(builder::addRegion);
			part.observations.values().forEach(builder::addOrWarn);
		}
		return builder.build();
	}

	/**
	 * Collects regions, observations and warnings for a {@link CbsData}.
	 */
	public static final class Builder {

		private final SortedMap<RegionCode, Region> regions = new TreeMap<>();
		private final Map<ObservationKey, Observation> observations = new LinkedHashMap<>();
		private final List<String> warnings = new ArrayList<>();

		/**
		 * Creates an empty builder.
		 */
		public Builder() {
		}

		/**
		 * Adds a region; a region already present keeps its first non-empty name.
		 *
		 * @param region the region
		 * @return this builder
		 */
		public Builder addRegion(Region region) {
			regions.merge(region.code(), region, (old, added) -> old.name().isEmpty() ? added : old);
			return this;
		}

		/**
		 * Adds an observation unless one for the same region, variable and year is present.
		 *
		 * @param observation the observation
		 * @return {@code true} if added, {@code false} if there already was one
		 */
		public boolean add(Observation observation) {
			Objects.requireNonNull(observation, "observation");
			return observations.putIfAbsent(key(observation), observation) == null;
		}

		/**
		 * Tells whether an observation for a region, variable and year is present.
		 *
		 * @param region the region
		 * @param variableId the variable id
		 * @param year the year
		 * @return {@code true} if present
		 */
		public boolean contains(RegionCode region, String variableId, int year) {
			return observations.containsKey(new ObservationKey(region, variableId, year));
		}

		private void addOrWarn(Observation observation) {
			Observation existing = observations.putIfAbsent(key(observation), observation);
			if (existing != null && !(existing.value().equals(observation.value())
					&& existing.missingReason().equals(observation.missingReason()))) {
				warn(observation.region() + " " + observation.variableId() + " " + observation.year() + ": kept "
						+ describe(existing) + " from " + existing.source() + ", ignored " + describe(observation)
						+ " from " + observation.source());
			}
		}

		private static String describe(Observation observation) {
			return observation.value().isPresent() ? String.valueOf(observation.value().getAsDouble())
					: "missing (" + observation.missingReason().orElseThrow() + ")";
		}

		/**
		 * Records a warning.
		 *
		 * @param warning the text, naming file and position where possible
		 * @return this builder
		 */
		public Builder warn(String warning) {
			warnings.add(Objects.requireNonNull(warning, "warning"));
			return this;
		}

		/**
		 * Builds the immutable result.
		 *
		 * @return the data
		 */
		public CbsData build() {
			return new CbsData(new TreeMap<>(regions), new LinkedHashMap<>(observations), warnings);
		}

		private static ObservationKey key(Observation observation) {
			return new ObservationKey(observation.region(), observation.variableId(), observation.year());
		}
	}

	private record ObservationKey(RegionCode region, String variableId, int year) {
	}
}
