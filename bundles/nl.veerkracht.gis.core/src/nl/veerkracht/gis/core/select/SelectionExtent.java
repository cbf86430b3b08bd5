package nl.veerkracht.gis.core.select;

import java.util.Set;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * The area covered by the selected features of a map, for "zoom to selection".
 */
public final class SelectionExtent {

	private SelectionExtent() {
	}

	/**
	 * Returns the bounding box of the selected features of all vector layers of a map.
	 *
	 * @param content the map
	 * @return the envelope in the map CRS; a null envelope ({@link Envelope#isNull()}) if nothing is selected
	 */
	public static Envelope of(MapContent content) {
		Envelope extent = new Envelope();
		for (Layer layer : content.layers()) {
			if (layer instanceof VectorLayer vector) {
				extent.expandToInclude(of(vector, content));
			}
		}
		return extent;
	}

	/**
	 * Returns the bounding box of the selected features of one layer.
	 *
	 * @param layer a vector layer of the map
	 * @param content the map, for its CRS
	 * @return the envelope in the map CRS; a null envelope if nothing of the layer is selected
	 */
	public static Envelope of(VectorLayer layer, MapContent content) {
		Envelope extent = new Envelope();
		Set<Feature> selection = layer.getSelection();
		if (selection.isEmpty()) {
			return extent;
		}
		for (ProjectedFeature feature : layer.query(content.getCrs(), layer.getEnvelope(content.getCrs()))) {
			if (selection.contains(feature.feature())) {
				extent.expandToInclude(feature.geometry().getEnvelopeInternal());
			}
		}
		return extent;
	}
}
