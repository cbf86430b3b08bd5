package nl.veerkracht.gis.ui.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.render.decor.Attribution;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * What the Map view shows when the export starts: its layers, CRS and visible area, and the size of
 * the canvas, taken on the UI thread so the export can run in the background.
 *
 * @param layers the layers in drawing order, bottom first
 * @param crs the map CRS
 * @param extent the visible area, in the map CRS
 * @param width the canvas width in pixels
 * @param height the canvas height in pixels
 * @param attribution the default source line: the CBS attribution, or the map's notice (e.g. "fictief")
 *        when every visible layer is one the notice speaks of, or both when the map mixes them
 */
record MapSnapshot(List<Layer> layers, Crs crs, Envelope extent, int width, int height, String attribution) {

	/** Takes the snapshot; call on the UI thread. */
	static MapSnapshot of(MapView view) {
		MapCanvas canvas = view.getMapCanvas();
		Point size = canvas.getControl().getSize();
		Envelope visible = canvas.getViewport().visibleEnvelope();
		Envelope extent = view.getMapContent().layers().isEmpty() || visible.isNull()
				? view.getMapContent().getEnvelope()
				: visible;
		return new MapSnapshot(view.getMapContent().layers(), view.getMapContent().getCrs(), extent,
				Math.max(1, size.x), Math.max(1, size.y), attribution(view));
	}

	private static String attribution(MapView view) {
		List<Layer> visible = view.getMapContent().layers().stream().filter(Layer::isVisible).toList();
		long noticed = visible.stream().filter(view::isNoticeLayer).count();
		if (noticed == 0 || view.getNotice().isEmpty()) {
			return Attribution.cbs();
		}
		return noticed == visible.size() ? view.getNotice() : view.getNotice() + "; " + Attribution.cbs(); //$NON-NLS-1$
	}

	/** @return the titles of the visible layers, top first, joined by commas: the default map title */
	String defaultTitle() {
		List<String> titles = new ArrayList<>();
		for (int i = layers.size() - 1; i >= 0; i--) {
			if (layers.get(i).isVisible()) {
				titles.add(layers.get(i).getTitle());
			}
		}
		return String.join(", ", titles); //$NON-NLS-1$
	}
}
