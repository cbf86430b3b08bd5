package nl.veerkracht.report.quickscan;

import java.util.Objects;

/**
 * One indicator of the run, as the method section lists it.
 *
 * @param label     the Dutch label
 * @param unit      the unit
 * @param role      the role in Dutch, e.g. "kwetsbaarheid", "drager", "context"
 * @param direction in Dutch, e.g. "hoger = kwetsbaarder"
 * @param weight    the weight it was scored with
 */
public record IndicatorLine(String label, String unit, String role, String direction, double weight) {

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a text is {@code null}
	 */
	public IndicatorLine {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(direction, "direction");
	}
}
