package nl.veerkracht.gis.core.feature;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The named, ordered list of attributes shared by all features of a {@link FeatureCollection}.
 * Immutable.
 */
public final class FeatureSchema {

	private final String name;
	private final List<AttributeDescriptor> attributes;
	private final Map<String, Integer> indexByName;

	/**
	 * Creates a schema.
	 *
	 * @param name the schema name, typically the data set or file name
	 * @param attributes the attributes in column order; names must be unique
	 * @throws IllegalArgumentException if two attributes have the same name
	 */
	public FeatureSchema(String name, List<AttributeDescriptor> attributes) {
		this.name = Objects.requireNonNull(name, "name");
		this.attributes = List.copyOf(attributes);
		this.indexByName = new HashMap<>();
		for (int i = 0; i < this.attributes.size(); i++) {
			String attributeName = this.attributes.get(i).name();
			if (indexByName.putIfAbsent(attributeName, i) != null) {
				throw new IllegalArgumentException("Duplicate attribute name: " + attributeName);
			}
		}
	}

	/**
	 * Returns the schema name.
	 *
	 * @return the name
	 */
	public String getName() {
		return name;
	}

	/**
	 * Returns the attributes in column order.
	 *
	 * @return an immutable list
	 */
	public List<AttributeDescriptor> getAttributes() {
		return attributes;
	}

	/**
	 * Returns the number of attributes.
	 *
	 * @return the attribute count
	 */
	public int size() {
		return attributes.size();
	}

	/**
	 * Returns the column index of an attribute.
	 *
	 * @param attributeName the attribute name
	 * @return the index, or -1 if the schema has no such attribute
	 */
	public int indexOf(String attributeName) {
		Integer index = indexByName.get(attributeName);
		return index == null ? -1 : index;
	}

	/**
	 * Looks up an attribute by name.
	 *
	 * @param attributeName the attribute name
	 * @return the descriptor, or empty if the schema has no such attribute
	 */
	public Optional<AttributeDescriptor> attribute(String attributeName) {
		int index = indexOf(attributeName);
		return index < 0 ? Optional.empty() : Optional.of(attributes.get(index));
	}

	/**
	 * Returns the attribute at a column index.
	 *
	 * @param index the column index
	 * @return the descriptor
	 * @throws IndexOutOfBoundsException if the index is out of range
	 */
	public AttributeDescriptor attribute(int index) {
		return attributes.get(index);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof FeatureSchema schema
				&& name.equals(schema.name)
				&& attributes.equals(schema.attributes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, attributes);
	}

	@Override
	public String toString() {
		return "FeatureSchema[" + name + ", " + attributes + "]";
	}
}
