package nl.veerkracht.model.maps;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.model.KaartInstelling;

/**
 * A map captured for saving in an analysis.
 *
 * @param kaart         the map's settings and layers, not yet part of any analysis
 * @param skippedLayers the titles of layers that could not be kept because they were not read from a file
 *                      (generated or joined data), in drawing order
 */
public record MapCapture(KaartInstelling kaart, List<String> skippedLayers) {

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public MapCapture {
		Objects.requireNonNull(kaart, "kaart");
		skippedLayers = List.copyOf(skippedLayers);
	}
}
