package nl.veerkracht.report.quickscan;

import java.util.List;
import java.util.Objects;

/**
 * The profile of one buurt in the report: its figures in a line and every indicator against the gemeente.
 *
 * @param row         the buurt's figures (class, score, trend, stability)
 * @param hotSpot     the Dutch hot spot label, e.g. "hot spot (hoog-hoog)"
 * @param comparisons the indicators against the gemeente, in the run's order
 */
public record BuurtSheet(BuurtRow row, String hotSpot, List<IndicatorComparison> comparisons) {

	/**
	 * Checks the parts and copies the list.
	 *
	 * @throws NullPointerException if a part is {@code null}
	 */
	public BuurtSheet {
		Objects.requireNonNull(row, "row");
		Objects.requireNonNull(hotSpot, "hotSpot");
		comparisons = List.copyOf(comparisons);
	}
}
