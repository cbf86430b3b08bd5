package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.ui.map.MapView;

/** Zooms the map to the selected layer. */
public final class ZoomToLayerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapView view = MapViews.showMapView(event);
		for (Layer layer : SelectedLayers.of(event)) {
			view.getMapCanvas().zoomTo(layer.getEnvelope(view.getMapContent().getCrs()));
		}
		return null;
	}
}
