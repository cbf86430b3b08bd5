package nl.veerkracht.report.quickscan;

import java.util.Objects;

/**
 * One indicator of a buurt against its gemeente, as the buurt's profile chart shows it.
 *
 * @param label              the indicator's Dutch label
 * @param unit               its unit, e.g. "%"
 * @param buurt              the buurt's value, NaN when missing
 * @param gemeente           the gemeente's value, NaN when missing
 * @param relativeDifference {@code buurt / gemeente - 1}, NaN when either is missing
 * @param unfavourable       whether the difference points towards more vulnerable
 * @param context            whether the indicator is context only (shown, never scored)
 * @param missingReason      why there is no difference (e.g. "geheim bij CBS"), or an empty text
 */
public record IndicatorComparison(String label, String unit, double buurt, double gemeente, double relativeDifference,
		boolean unfavourable, boolean context, String missingReason) {

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a text is {@code null}
	 */
	public IndicatorComparison {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(missingReason, "missingReason");
	}
}
