package nl.veerkracht.scoring;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;

/**
 * The CBS values of one region and year as an {@link Indicator} sees them: each declared catalogue variable
 * as a number with its source, or as missing with its reason. An indicator may read only the variables
 * its contribution declares, so the declaration stays a true list of its inputs.
 */
public final class IndicatorInput {

	private final CbsData data;
	private final RegionCode region;
	private final int year;
	private final Set<String> variables;

	/**
	 * Creates the view.
	 *
	 * @param data the CBS data, with derived percentages where wanted (as {@code CbsImport} gives it)
	 * @param region the region
	 * @param year the year
	 * @param variables the variable ids the indicator may read
	 */
	public IndicatorInput(CbsData data, RegionCode region, int year, Set<String> variables) {
		this.data = Objects.requireNonNull(data, "data");
		this.region = Objects.requireNonNull(region, "region");
		this.year = year;
		this.variables = Set.copyOf(variables);
	}

	/**
	 * Returns the region.
	 *
	 * @return the region code
	 */
	public RegionCode region() {
		return region;
	}

	/**
	 * Returns the year.
	 *
	 * @return the reference year
	 */
	public int year() {
		return year;
	}

	/**
	 * Returns the variables the indicator may read.
	 *
	 * @return the declared variable ids
	 */
	public Set<String> variables() {
		return variables;
	}

	/**
	 * Returns one variable's value, in the variable's catalogue unit.
	 *
	 * @param variableId a declared catalogue variable id, for example {@code p_hh_lkk}
	 * @return the number with its source, or missing: {@link MissingCause#INPUT_MISSING} with the CBS reason
	 *         when the file marked it missing, {@link MissingCause#INPUT_NOT_READ} when no file had it
	 * @throws IllegalArgumentException if the variable is not declared
	 */
	public IndicatorResult value(String variableId) {
		if (!variables.contains(variableId)) {
			throw new IllegalArgumentException("The indicator reads variable " + variableId
					+ ", which its contribution does not declare (declared: " + variables + ")");
		}
		Optional<Observation> observation = data.observation(region, variableId, year);
		if (observation.isEmpty()) {
			return IndicatorResult.missing(MissingCause.INPUT_NOT_READ, Optional.empty(),
					variableId + " not read for " + region + " " + year);
		}
		Observation found = observation.get();
		if (found.isMissing()) {
			return IndicatorResult.missing(MissingCause.INPUT_MISSING, found.missingReason(),
					variableId + " " + found.missingReason().orElseThrow() + " (" + found.source() + ")");
		}
		double number = found.value().getAsDouble();
		return IndicatorResult.measured(number, variableId + " = " + format(number) + " (" + found.source() + ")");
	}

	/**
	 * Returns <em>factor &times; numerator / denominator</em> of two declared variables, missing if either
	 * is missing or the denominator is 0; see {@link IndicatorResult#ratio(IndicatorResult, IndicatorResult, double)}.
	 *
	 * @param numeratorId the variable above the line, for example {@code a_soz_wb}
	 * @param denominatorId the variable below the line, for example {@code a_inw}
	 * @param factor the scale, for example 1000 for "per 1 000 inwoners"
	 * @return the ratio, or missing
	 */
	public IndicatorResult ratio(String numeratorId, String denominatorId, double factor) {
		return IndicatorResult.ratio(value(numeratorId), value(denominatorId), factor);
	}

	/**
	 * Returns the sum of declared variables, missing if any of them is; see {@link IndicatorResult#sum(java.util.List)}.
	 *
	 * @param variableIds the variables to add, at least one
	 * @return the sum, or missing
	 */
	public IndicatorResult sum(String... variableIds) {
		return IndicatorResult.sum(Arrays.stream(variableIds).map(this::value).toList());
	}

	private static String format(double number) {
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
				: String.valueOf(number);
	}
}
