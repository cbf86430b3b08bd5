package nl.veerkracht.gis.ui.identify;

import java.util.Objects;

/**
 * What an attribute means, for people.
 *
 * @param label a readable name, for example {@code "Aantal inwoners"}
 * @param unit the unit written after a value, for example {@code "%"}; empty where a bare number reads
 *        best (counts, codes)
 * @param description a sentence on what the attribute holds and where it comes from; may be empty
 */
public record AttributeDescription(String label, String unit, String description) {

	/**
	 * Checks the components.
	 *
	 * @param label the label
	 * @param unit the unit, or empty
	 * @param description the description, or empty
	 */
	public AttributeDescription {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(description, "description");
	}
}
