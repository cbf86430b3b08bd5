package nl.veerkracht.gis.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.style.DefaultStyles;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.sld.SldSidecar;

/**
 * Makes map layers of what a data format read: titled after the file (and the layer, when a file
 * holds several), styled as the style file beside the data file says or else with the next default
 * style, reprojected and indexed for the map's CRS.
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
		return toLayers(collections, file, title, map, WarningSink.IGNORE);
	}

	/**
	 * Like {@link #toLayers(List, Path, String, MapContent)}, but a layer whose data file has a style file
	 * beside it ({@code <name>.sld}, see {@link SldSidecar}) gets the style kept there.
	 *
	 * @param collections what was read from the file
	 * @param file        the file, or {@code null} for data without a file
	 * @param title       the title of a single layer, and the prefix of several
	 * @param map         the map the layers will be added to
	 * @param warnings    told when the style file cannot be read or does not fit a layer, which then gets the
	 *                    default style
	 * @return one layer per collection, ready to be drawn
	 */
	public static List<VectorLayer> toLayers(List<FeatureCollection> collections, Path file, String title, MapContent map,
			WarningSink warnings) {
		SldSidecar sidecar = file == null ? null : SldSidecar.load(file, warnings);
		int index = map.layers().size();
		List<VectorLayer> layers = new ArrayList<>();
		for (FeatureCollection collection : collections) {
			String layerTitle = collections.size() == 1 ? title : title + " \u2014 " + collection.getSchema().getName(); //$NON-NLS-1$
			LayerStyle defaultStyle = SingleSymbolStyle.of(DefaultStyles.next(index++));
			LayerStyle style = sidecar == null ? defaultStyle : sidecar.styleFor(collection, warnings).orElse(defaultStyle);
			VectorLayer layer = new VectorLayer(layerTitle, collection, file, style);
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
