package nl.veerkracht.gis.ui.map;

import nl.veerkracht.gis.core.render.Viewport;

/** Told on the UI thread whenever a {@link MapCanvas} shows another part of the map. */
@FunctionalInterface
public interface ViewportListener {

	/**
	 * @param viewport the viewport now shown
	 */
	void viewportChanged(Viewport viewport);
}
