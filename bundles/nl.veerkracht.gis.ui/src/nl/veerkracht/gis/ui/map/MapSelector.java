package nl.veerkracht.gis.ui.map;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.select.FeaturePicker;
import nl.veerkracht.gis.core.select.Pick;
import nl.veerkracht.gis.core.select.SelectionMode;

/**
 * Turns picks on the map into selections of the {@link MapContent}: a plain pick replaces the selection
 * of every layer (so the map shows one answer at a time), Shift and Ctrl change only the picked layer's.
 */
public final class MapSelector {

	/** How far from a feature, in screen pixels, a click still hits it. */
	public static final int TOLERANCE_PIXELS = 3;

	private MapSelector() {
	}

	/**
	 * Selects the topmost visible feature under a pixel of the map.
	 *
	 * @param map the map
	 * @param x pixel column
	 * @param y pixel row
	 * @param mode how the pick changes the selection
	 */
	public static void selectAt(MapCanvas map, int x, int y, SelectionMode mode) {
		Coordinate point = map.toMap(x, y);
		double tolerance = TOLERANCE_PIXELS * map.getViewport().getScale();
		Optional<Pick> pick = FeaturePicker.topmostAt(map.getContent(), point, tolerance);
		apply(map.getContent(), pick.map(p -> new Pick(p.layer(), List.of(p.first()))), mode);
	}

	/**
	 * Selects the features of the topmost visible layer that intersect a box.
	 *
	 * @param map the map
	 * @param box the box in map coordinates
	 * @param mode how the pick changes the selection
	 */
	public static void selectIn(MapCanvas map, Envelope box, SelectionMode mode) {
		apply(map.getContent(), FeaturePicker.topmostIn(map.getContent(), box), mode);
	}

	/**
	 * Clears the selection of every layer of a map.
	 *
	 * @param content the map
	 */
	public static void clear(MapContent content) {
		for (Layer layer : content.layers()) {
			content.setSelection(layer, List.of());
		}
	}

	private static void apply(MapContent content, Optional<Pick> pick, SelectionMode mode) {
		if (pick.isEmpty()) {
			if (mode == SelectionMode.REPLACE) {
				clear(content);
			}
			return;
		}
		Layer picked = pick.get().layer();
		Set<Feature> selection = mode.apply(picked.getSelection(), pick.get().features());
		if (mode == SelectionMode.REPLACE) {
			for (Layer layer : content.layers()) {
				if (layer != picked) {
					content.setSelection(layer, List.of());
				}
			}
		}
		content.setSelection(picked, selection);
	}
}
