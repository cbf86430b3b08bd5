package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;

/** Removes the selected layers from the map; their files are not touched. */
public final class RemoveLayerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapContent content = MapViews.showMapView(event).getMapContent();
		for (Layer layer : SelectedLayers.of(event)) {
			content.removeLayer(layer);
		}
		return null;
	}
}
