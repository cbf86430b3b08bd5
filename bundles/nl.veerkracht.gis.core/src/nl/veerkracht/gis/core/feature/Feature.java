package nl.veerkracht.gis.core.feature;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * A geographic object: an id, a JTS geometry and attribute values aligned with a {@link FeatureSchema}.
 * Immutable; the geometry must not be modified by callers.
 */
public final class Feature {

	private final String id;
	private final Geometry geometry;
	private final FeatureSchema schema;
	private final Object[] values;

	/**
	 * Creates a feature.
	 *
	 * @param id the feature id
	 * @param geometry the geometry in the CRS of the owning collection; an empty geometry for features
	 *        without a location
	 * @param schema the schema the values are aligned with
	 * @param values one value per schema attribute, each {@code null} (missing) or of the attribute's
	 *        {@link AttributeType#javaType() Java type}; the array is copied
	 * @throws IllegalArgumentException if the values do not match the schema
	 */
	public Feature(String id, Geometry geometry, FeatureSchema schema, Object[] values) {
		this.id = Objects.requireNonNull(id, "id");
		this.geometry = Objects.requireNonNull(geometry, "geometry");
		this.schema = Objects.requireNonNull(schema, "schema");
		this.values = values.clone();
		if (this.values.length != schema.size()) {
			throw new IllegalArgumentException("Feature " + id + " has " + this.values.length
					+ " values but its schema has " + schema.size() + " attributes");
		}
		for (int i = 0; i < this.values.length; i++) {
			AttributeDescriptor descriptor = schema.attribute(i);
			if (!descriptor.type().accepts(this.values[i])) {
				throw new IllegalArgumentException("Feature " + id + ": value of attribute '" + descriptor.name()
						+ "' is a " + this.values[i].getClass().getSimpleName() + ", expected " + descriptor.type());
			}
		}
	}

	/**
	 * Returns the feature id.
	 *
	 * @return the id
	 */
	public String getId() {
		return id;
	}

	/**
	 * Returns the geometry, in the CRS of the owning {@link FeatureCollection}.
	 *
	 * @return the geometry, empty (never {@code null}) for a feature without a location
	 */
	public Geometry getGeometry() {
		return geometry;
	}

	/**
	 * Returns the schema the attribute values are aligned with.
	 *
	 * @return the schema
	 */
	public FeatureSchema getSchema() {
		return schema;
	}

	/**
	 * Returns an attribute value by column index.
	 *
	 * @param index the column index in the schema
	 * @return the value, or {@code null} if missing
	 * @throws IndexOutOfBoundsException if the index is out of range
	 */
	public Object getAttribute(int index) {
		return values[index];
	}

	/**
	 * Returns an attribute value by name.
	 *
	 * @param name the attribute name
	 * @return the value, or {@code null} if missing
	 * @throws IllegalArgumentException if the schema has no attribute with this name
	 */
	public Object getAttribute(String name) {
		int index = schema.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("Schema '" + schema.getName() + "' has no attribute '" + name + "'");
		}
		return values[index];
	}

	@Override
	public String toString() {
		return "Feature[" + id + ", " + geometry.getGeometryType() + "]";
	}
}
