package nl.veerkracht.cbs.data;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One value of one variable for one region and year: either a number in the variable's unit or a missing
 * value with its reason, never both. {@link #source()} says where it came from (file and position, or the
 * derivation rule), so every number can be traced to its input.
 *
 * @param region the region
 * @param variableId the catalogue id of the variable
 * @param year the reference year (peiljaar)
 * @param value the number, empty if missing
 * @param missingReason why the value is missing, empty if it is a number
 * @param source where the value came from, for example {@code "Kerncijfers_wijken_en_buurten_2014.csv, line 8, column 31"}
 */
public record Observation(RegionCode region, String variableId, int year, OptionalDouble value,
		Optional<MissingReason> missingReason, String source) {

	/**
	 * Checks that exactly one of value and missing reason is present.
	 *
	 * @param region the region
	 * @param variableId the variable id
	 * @param year the year
	 * @param value the number, or empty
	 * @param missingReason the reason, or empty
	 * @param source where the value came from
	 */
	public Observation {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(variableId, "variableId");
		Objects.requireNonNull(source, "source");
		if (value.isPresent() == missingReason.isPresent()) {
			throw new IllegalArgumentException("An observation has either a value or a missing reason: " + region + " "
					+ variableId + " " + year);
		}
		if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
			throw new IllegalArgumentException("Not a finite number: " + value + " for " + region + " " + variableId);
		}
	}

	/**
	 * Creates an observation with a number.
	 *
	 * @param region the region
	 * @param variableId the variable id
	 * @param year the year
	 * @param value the finite number, in the variable's unit
	 * @param source where it came from
	 * @return the observation
	 */
	public static Observation measured(RegionCode region, String variableId, int year, double value, String source) {
		return new Observation(region, variableId, year, OptionalDouble.of(value), Optional.empty(), source);
	}

	/**
	 * Creates a missing observation.
	 *
	 * @param region the region
	 * @param variableId the variable id
	 * @param year the year
	 * @param reason why it is missing
	 * @param source where the marker was found
	 * @return the observation
	 */
	public static Observation missing(RegionCode region, String variableId, int year, MissingReason reason,
			String source) {
		return new Observation(region, variableId, year, OptionalDouble.empty(), Optional.of(reason), source);
	}

	/**
	 * Tells whether the value is missing.
	 *
	 * @return {@code true} if there is no number
	 */
	public boolean isMissing() {
		return value.isEmpty();
	}
}
