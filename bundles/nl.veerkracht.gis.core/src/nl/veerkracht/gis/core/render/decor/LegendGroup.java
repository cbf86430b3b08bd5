package nl.veerkracht.gis.core.render.decor;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.gis.core.style.LegendEntry;

/**
 * The part of a legend for one layer.
 *
 * @param title the layer's title
 * @param shape how its swatches look
 * @param opacity the layer's opacity, applied to its swatches as on the map
 * @param entries the entries of the layer's style, in legend order ("geen gegevens" last for classified
 *        styles); a single entry without a label is shown on one line with the title
 */
public record LegendGroup(String title, SwatchShape shape, double opacity, List<LegendEntry> entries) {

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException if the title, shape or entries are {@code null}
	 */
	public LegendGroup {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(shape, "shape");
		entries = List.copyOf(entries);
	}

	/**
	 * Tells whether the group is shown as a single line: one symbol with the layer title as its text.
	 *
	 * @return whether the layer has one unlabelled entry
	 */
	public boolean isSingleLine() {
		return entries.size() == 1 && entries.get(0).label().isEmpty();
	}
}
