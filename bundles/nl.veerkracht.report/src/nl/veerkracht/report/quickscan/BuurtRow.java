package nl.veerkracht.report.quickscan;

import java.awt.Color;
import java.util.Objects;

/**
 * One buurt in a ranked table of the report (the most vulnerable, the fastest rising, the least stable).
 * Numbers are the engine's; a missing number is NaN and printed as a dash, never as 0.
 *
 * @param rank          the place in the table, from 1
 * @param code          the buurt code
 * @param name          the buurt name
 * @param wijk          the name of its wijk, or an empty text
 * @param klasse        the class label
 * @param klasseColour  the class colour on the map
 * @param kwetsbaarheid the composite kwetsbaarheid score, NaN for geen gegevens
 * @param trend         the change of kwetsbaarheid per year, NaN without a trend
 * @param earlyWarning  whether the buurt is flagged as an early warning
 * @param stability     the share of weight samples that keep the class, in [0, 1], NaN for geen gegevens
 * @param inhabitants   the number of inhabitants, negative when unknown
 */
public record BuurtRow(int rank, String code, String name, String wijk, String klasse, Color klasseColour,
		double kwetsbaarheid, double trend, boolean earlyWarning, double stability, long inhabitants) {

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a text or the colour is {@code null}
	 */
	public BuurtRow {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(wijk, "wijk");
		Objects.requireNonNull(klasse, "klasse");
		Objects.requireNonNull(klasseColour, "klasseColour");
	}
}
