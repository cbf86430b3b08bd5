package nl.veerkracht.model.maps;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.render.Viewport;

/**
 * A saved map as read back from an analysis: its CRS and view, the layers that could be read, and what went
 * wrong with the others. Restoring never changes the analysis.
 *
 * @param name          the map's name
 * @param crs           the map CRS
 * @param centre        the centre of the view in the map CRS, or {@code null} when the map kept none
 * @param unitsPerPixel the scale of the view in map units per pixel, or 0 when the map kept none
 * @param layers        the layers that could be read, in drawing order (bottom first)
 * @param problems      one message per layer that could not be read or styled as saved, naming its file
 * @param warnings      what the data formats and the style reader noticed and worked around
 */
public record MapSnapshot(String name, Crs crs, Coordinate centre, double unitsPerPixel, List<RestoredLayer> layers,
		List<String> problems, List<ReadWarning> warnings) {

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException if the name, CRS or a list is {@code null}
	 */
	public MapSnapshot {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(crs, "crs");
		centre = centre == null ? null : new Coordinate(centre);
		layers = List.copyOf(layers);
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Returns the saved view for a window of a size.
	 *
	 * @param width  the window width in pixels
	 * @param height the window height in pixels
	 * @return the view, or empty when the map kept no centre or scale
	 */
	public Optional<Viewport> viewport(int width, int height) {
		if (centre == null || !(unitsPerPixel > 0) || Double.isInfinite(unitsPerPixel)) {
			return Optional.empty();
		}
		return Optional.of(new Viewport(crs, centre, unitsPerPixel, width, height));
	}

	/**
	 * Makes a map show this one: its CRS, and its layers in place of all it had, each shown or hidden and
	 * as opaque as saved. Listeners of the map are told of each change on the calling thread.
	 *
	 * @param map the map
	 */
	public void applyTo(MapContent map) {
		map.setCrs(crs);
		for (Layer old : map.layers()) {
			map.removeLayer(old);
		}
		for (RestoredLayer restored : layers) {
			map.addLayer(restored.layer());
			map.setVisible(restored.layer(), restored.visible());
			map.setOpacity(restored.layer(), restored.opacity());
		}
	}
}
