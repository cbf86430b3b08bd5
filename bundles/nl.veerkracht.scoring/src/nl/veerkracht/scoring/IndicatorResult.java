package nl.veerkracht.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.veerkracht.cbs.data.MissingReason;

/**
 * The value of an indicator (or of one of its inputs) for one region and year: a finite number with the
 * trace of where it came from, or missing with its cause. Missing is never turned into 0; the combinators
 * {@link #sum(List)} and {@link #ratio(IndicatorResult, IndicatorResult, double)} pass a missing input on
 * with its cause.
 */
public sealed interface IndicatorResult permits IndicatorResult.Measured, IndicatorResult.Missing {

	/**
	 * Tells whether there is no number.
	 *
	 * @return {@code true} for {@link Missing}
	 */
	boolean isMissing();

	/**
	 * Returns the number, or {@link Double#NaN} if missing, for numeric engines that mark missing as NaN.
	 *
	 * @return the value or NaN
	 */
	double valueOrNaN();

	/**
	 * Returns the trace: for a number, the variables, their values and the files and cells they came from;
	 * for a missing value, which input was missing and why.
	 *
	 * @return a text for a person tracing the number, for example
	 *         {@code "p_hh_lkk = 9.8 (Kerncijfers_wijken_en_buurten_2014.csv, line 8, column 101)"}
	 */
	String trace();

	/**
	 * Creates a number.
	 *
	 * @param value the finite value
	 * @param trace where it came from
	 * @return the result
	 */
	static Measured measured(double value, String trace) {
		return new Measured(value, trace);
	}

	/**
	 * Creates a missing value.
	 *
	 * @param cause why it is missing
	 * @param cbsReason the reason CBS gave for a missing input, if any
	 * @param trace which input was missing and where
	 * @return the result
	 */
	static Missing missing(MissingCause cause, Optional<MissingReason> cbsReason, String trace) {
		return new Missing(cause, cbsReason, trace);
	}

	/**
	 * Adds numbers, for example several benefit counts. Missing if any term is missing (the first missing
	 * term, with its cause); a sum of nothing is not allowed.
	 *
	 * @param terms the terms, at least one
	 * @return the sum, or the first missing term
	 */
	static IndicatorResult sum(List<IndicatorResult> terms) {
		if (terms.isEmpty()) {
			throw new IllegalArgumentException("A sum needs at least one term");
		}
		Optional<IndicatorResult> missing = terms.stream().filter(IndicatorResult::isMissing).findFirst();
		if (missing.isPresent()) {
			return missing.get();
		}
		double total = terms.stream().mapToDouble(IndicatorResult::valueOrNaN).sum();
		return measured(total, terms.stream().map(IndicatorResult::trace).collect(Collectors.joining(" + ")));
	}

	/**
	 * Divides, for example a count of persons by the number of inhabitants: <em>factor &times; numerator /
	 * denominator</em>. Missing if the numerator or denominator is missing (the numerator's cause first), or
	 * with {@link MissingCause#ZERO_DENOMINATOR} if the denominator is 0.
	 *
	 * @param numerator the value above the line
	 * @param denominator the value below the line
	 * @param factor the scale, for example 1000 for "per 1 000 inwoners" or 100 for a percentage
	 * @return the ratio, or missing
	 */
	static IndicatorResult ratio(IndicatorResult numerator, IndicatorResult denominator, double factor) {
		if (numerator.isMissing()) {
			return numerator;
		}
		if (denominator.isMissing()) {
			return denominator;
		}
		String trace = formatFactor(factor) + "(" + numerator.trace() + ") / (" + denominator.trace() + ")";
		if (denominator.valueOrNaN() == 0) {
			return missing(MissingCause.ZERO_DENOMINATOR, Optional.empty(), "denominator is 0: " + trace);
		}
		return measured(factor * numerator.valueOrNaN() / denominator.valueOrNaN(), trace);
	}

	private static String formatFactor(double factor) {
		if (factor == 1) {
			return "";
		}
		return (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor)) + " × ";
	}

	/**
	 * A number.
	 *
	 * @param value the finite value, in the unit of the indicator or input variable
	 * @param trace where it came from
	 */
	record Measured(double value, String trace) implements IndicatorResult {

		/**
		 * Checks the arguments.
		 *
		 * @param value the finite value
		 * @param trace where it came from
		 */
		public Measured {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("Not a finite number: " + value + " (" + trace + ")");
			}
			Objects.requireNonNull(trace, "trace");
		}

		@Override
		public boolean isMissing() {
			return false;
		}

		@Override
		public double valueOrNaN() {
			return value;
		}
	}

	/**
	 * No number, with the cause.
	 *
	 * @param cause why it is missing
	 * @param cbsReason the reason CBS gave, when an input was read but marked missing
	 * @param trace which input was missing and where it was read
	 */
	record Missing(MissingCause cause, Optional<MissingReason> cbsReason, String trace) implements IndicatorResult {

		/**
		 * Checks the arguments.
		 *
		 * @param cause why it is missing
		 * @param cbsReason the reason CBS gave, if any
		 * @param trace which input was missing
		 */
		public Missing {
			Objects.requireNonNull(cause, "cause");
			Objects.requireNonNull(cbsReason, "cbsReason");
			Objects.requireNonNull(trace, "trace");
			if (cbsReason.isPresent() != (cause == MissingCause.INPUT_MISSING)) {
				throw new IllegalArgumentException("A CBS reason goes with INPUT_MISSING and only with it: " + cause);
			}
		}

		@Override
		public boolean isMissing() {
			return true;
		}

		@Override
		public double valueOrNaN() {
			return Double.NaN;
		}

		/**
		 * Returns a short reason for tables and exports.
		 *
		 * @return the CBS reason if there is one (for example {@code UNKNOWN_OR_SECRET}), else the cause
		 */
		public String reason() {
			return cbsReason.map(MissingReason::name).orElse(cause.name());
		}
	}
}
