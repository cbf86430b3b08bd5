package nl.veerkracht.gis.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.DefaultStyles;

/**
 * Makes map layers of what a data format read: titled after the file (and the layer, when a file
 * holds several), styled with the next default style, reprojected and indexed for the map's CRS.
 * Call it in a background job: the reprojection is the expensive part.
 */
public final class LayerFactory {

	private LayerFactory() {
	}

	/**
	 * @param collections what was read from the file
	 * @param file        the file, or {@code null} for data without a file
	 * @param title       the title of a single layer, and the prefix of several
	 * @param map         the map the layers will be added to
	 * @return one layer per collection, ready to be drawn
	 */
	public static List<VectorLayer> toLayers(List<FeatureCollection> collections, Path file, String title, MapContent map) {
		int index = map.layers().size();
		List<VectorLayer> layers = new ArrayList<>();
		for (FeatureCollection collection : collections) {
			String layerTitle = collections.size() == 1 ? title : title + " \u2014 " + collection.getSchema().getName(); //$NON-NLS-1$
			VectorLayer layer = new VectorLayer(layerTitle, collection, file, DefaultStyles.next(index++));
			layer.getEnvelope(map.getCrs());
			layers.add(layer);
		}
		return layers;
	}

	/**
	 * @param file a file
	 * @return its name without extension, the usual title of its layer
	 */
	public static String titleOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
