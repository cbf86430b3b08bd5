package nl.veerkracht.gis.core.select;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * Features found by a {@link FeaturePicker} in one layer.
 *
 * @param layer the layer the features belong to
 * @param features the features, best match first; never empty
 */
public record Pick(VectorLayer layer, List<Feature> features) {

	/**
	 * Checks and copies the components.
	 *
	 * @param layer the layer
	 * @param features the features, at least one
	 * @throws IllegalArgumentException if there are no features
	 */
	public Pick {
		Objects.requireNonNull(layer, "layer");
		features = List.copyOf(features);
		if (features.isEmpty()) {
			throw new IllegalArgumentException("A pick holds at least one feature");
		}
	}

	/**
	 * Returns the best match: the feature drawn on top that contains the point, or the nearest one.
	 *
	 * @return the first feature
	 */
	public Feature first() {
		return features.get(0);
	}
}
