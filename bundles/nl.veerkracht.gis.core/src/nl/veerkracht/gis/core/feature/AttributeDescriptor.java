package nl.veerkracht.gis.core.feature;

import java.util.Objects;

/**
 * The name and value type of one attribute (column) of a {@link FeatureSchema}.
 *
 * @param name the attribute name, not blank
 * @param type the value type
 */
public record AttributeDescriptor(String name, AttributeType type) {

	/**
	 * Validates the components.
	 *
	 * @throws IllegalArgumentException if the name is blank
	 * @throws NullPointerException if the name or type is {@code null}
	 */
	public AttributeDescriptor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		if (name.isBlank()) {
			throw new IllegalArgumentException("Attribute name must not be blank");
		}
	}
}
