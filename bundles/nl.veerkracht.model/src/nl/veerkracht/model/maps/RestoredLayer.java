package nl.veerkracht.model.maps;

import java.util.Objects;

import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * A layer of a saved map, read again from its data file and styled as it was saved.
 *
 * @param layer   the layer, with its style
 * @param visible whether it was shown
 * @param opacity its opacity, from 0 to 1
 */
public record RestoredLayer(VectorLayer layer, boolean visible, double opacity) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException     if the layer is {@code null}
	 * @throws IllegalArgumentException if the opacity is outside 0..1
	 */
	public RestoredLayer {
		Objects.requireNonNull(layer, "layer");
		if (!(opacity >= 0 && opacity <= 1)) {
			throw new IllegalArgumentException("Opacity must be between 0 and 1: " + opacity);
		}
	}
}
