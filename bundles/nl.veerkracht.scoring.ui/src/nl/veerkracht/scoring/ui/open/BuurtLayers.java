package nl.veerkracht.scoring.ui.open;

import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * The layers of a map that can serve as the buurt boundaries of a signal map: vector layers read from a
 * file (so that the signal map can be made again from its inputs) whose features carry CBS buurt codes.
 */
final class BuurtLayers {

	private BuurtLayers() {
	}

	/**
	 * @param map the map, or {@code null} when no Map view is open
	 * @return the layers, top first
	 */
	static List<VectorLayer> of(MapContent map) {
		List<VectorLayer> found = new ArrayList<>();
		if (map == null) {
			return found;
		}
		for (Layer layer : map.layers().reversed()) {
			if (layer instanceof VectorLayer vector && vector.getSource().isPresent()
					&& BoundaryBuurten.of(vector.getFeatures()).hasBuurten()) {
				found.add(vector);
			}
		}
		return found;
	}
}
