package nl.veerkracht.gis.core.feature;

import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;

/**
 * An immutable list of features sharing one schema and one coordinate reference system.
 */
public final class FeatureCollection {

	private final FeatureSchema schema;
	private final List<Feature> features;
	private final Crs crs;
	private final Envelope envelope;

	/**
	 * Creates a collection.
	 *
	 * @param schema the schema of all features
	 * @param features the features; the list is copied
	 * @param crs the CRS of the feature geometries
	 * @throws IllegalArgumentException if a feature has a different schema
	 */
	public FeatureCollection(FeatureSchema schema, List<Feature> features, Crs crs) {
		this.schema = Objects.requireNonNull(schema, "schema");
		this.features = List.copyOf(features);
		this.crs = Objects.requireNonNull(crs, "crs");
		this.envelope = new Envelope();
		for (Feature feature : this.features) {
			if (!feature.getSchema().equals(schema)) {
				throw new IllegalArgumentException("Feature " + feature.getId() + " does not have schema '"
						+ schema.getName() + "'");
			}
			envelope.expandToInclude(feature.getGeometry().getEnvelopeInternal());
		}
	}

	/**
	 * Returns the schema shared by all features.
	 *
	 * @return the schema
	 */
	public FeatureSchema getSchema() {
		return schema;
	}

	/**
	 * Returns the features in their original order.
	 *
	 * @return an immutable list
	 */
	public List<Feature> getFeatures() {
		return features;
	}

	/**
	 * Returns the coordinate reference system of the feature geometries.
	 *
	 * @return the CRS
	 */
	public Crs getCrs() {
		return crs;
	}

	/**
	 * Returns the bounding box of all geometries, in {@link #getCrs()}.
	 *
	 * @return a copy of the envelope; a null envelope ({@link Envelope#isNull()}) if there are no located features
	 */
	public Envelope getEnvelope() {
		return new Envelope(envelope);
	}

	/**
	 * Returns the number of features.
	 *
	 * @return the feature count
	 */
	public int size() {
		return features.size();
	}
}
