package nl.veerkracht.scoring.run;

import java.util.Objects;

import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.Role;

/**
 * One indicator of a buurt set against the same indicator of its gemeente (computed on the gemeente's own CBS
 * row, see {@link ScoringRun#gemeenteValue(String, String, int)}), in one year. Units differ between
 * indicators, so the comparison is relative: {@link #relativeDifference()} is the buurt's value as a
 * difference from the gemeente's, as a fraction of the gemeente's value (0 = equal, 0.5 = half as much
 * again). A missing buurt or gemeente value leaves the difference missing, with the reason; it never
 * becomes 0.
 *
 * @param spec     the indicator
 * @param buurt    the buurt's raw value (may be missing, with its reason)
 * @param gemeente the gemeente's raw value (may be missing, with its reason)
 */
public record GemeenteComparison(IndicatorSpec spec, IndicatorValue buurt, IndicatorValue gemeente) {

	/**
	 * Checks the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public GemeenteComparison {
		Objects.requireNonNull(spec, "spec");
		Objects.requireNonNull(buurt, "buurt");
		Objects.requireNonNull(gemeente, "gemeente");
	}

	/**
	 * Returns the relative difference.
	 *
	 * @return {@code buurt / gemeente - 1}, NaN when either value is missing or the gemeente's value is 0
	 */
	public double relativeDifference() {
		if (buurt.isMissing() || gemeente.isMissing() || gemeente.value() == 0) {
			return Double.NaN;
		}
		return buurt.value() / gemeente.value() - 1;
	}

	/**
	 * Returns why there is no relative difference.
	 *
	 * @return the buurt's missing reason, else {@code "gemeente: "} and the gemeente's reason, else
	 *         {@code "gemeentewaarde is 0"}; {@code null} when the difference is known
	 */
	public String missingReason() {
		if (buurt.isMissing()) {
			return buurt.missingReason();
		}
		if (gemeente.isMissing()) {
			return "gemeente: " + gemeente.missingReason();
		}
		return gemeente.value() == 0 ? "gemeentewaarde is 0" : null;
	}

	/**
	 * Tells whether the buurt lies on the vulnerable side of its gemeente for this indicator, taking the
	 * indicator's direction into account (a lower WOZ value is unfavourable, a lower low-income share is not).
	 *
	 * @return {@code true} when the difference is known and points towards more vulnerable
	 */
	public boolean unfavourable() {
		double difference = relativeDifference();
		return !Double.isNaN(difference) && spec.direction().sign() * difference > 0;
	}

	/** @return {@code true} for context indicators, which are shown but never scored */
	public boolean isContext() {
		return spec.role() == Role.CONTEXT;
	}
}
