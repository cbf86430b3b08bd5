package nl.veerkracht.cbs.data;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The observations of one variable for one region over the years, oldest first. A year without an
 * observation is simply absent; a year with a missing value is present with its reason.
 *
 * @param region the region
 * @param variableId the variable id
 * @param byYear the observations by year
 */
public record Series(RegionCode region, String variableId, SortedMap<Integer, Observation> byYear) {

	/**
	 * Checks and copies the arguments.
	 *
	 * @param region the region
	 * @param variableId the variable id
	 * @param byYear the observations by year
	 */
	public Series {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(variableId, "variableId");
		byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
	}

	/**
	 * Returns the years that have an observation (measured or missing).
	 *
	 * @return the years, ascending
	 */
	public SortedSet<Integer> years() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
	}

	/**
	 * Returns the observation of a year.
	 *
	 * @param year the year
	 * @return the observation, empty if the series has none for that year
	 */
	public Optional<Observation> at(int year) {
		return Optional.ofNullable(byYear.get(year));
	}

	/**
	 * Returns the number of a year.
	 *
	 * @param year the year
	 * @return the number, empty if the year is absent or its value is missing
	 */
	public OptionalDouble valueAt(int year) {
		Observation observation = byYear.get(year);
		return observation == null ? OptionalDouble.empty() : observation.value();
	}

	/**
	 * Returns the number of years with a number (not missing).
	 *
	 * @return the count
	 */
	public long measuredCount() {
		return byYear.values().stream().filter(o -> !o.isMissing()).count();
	}
}
