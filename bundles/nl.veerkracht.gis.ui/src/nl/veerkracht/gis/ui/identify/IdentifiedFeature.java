package nl.veerkracht.gis.ui.identify;

import java.util.Objects;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * A feature together with the layer it was picked from: the element of the selections the Map view
 * and the attribute table provide, which the Properties view shows.
 *
 * @param layer the layer
 * @param feature a feature of that layer
 */
public record IdentifiedFeature(VectorLayer layer, Feature feature) {

	/**
	 * Checks the components.
	 *
	 * @param layer the layer
	 * @param feature the feature
	 */
	public IdentifiedFeature {
		Objects.requireNonNull(layer, "layer");
		Objects.requireNonNull(feature, "feature");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdentifiedFeature that && that.layer == layer && that.feature == feature;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(layer) * 31 + System.identityHashCode(feature);
	}
}
