package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import nl.veerkracht.gis.ui.map.MapSelector;

/** Clears the selected features of every layer of the map (Escape in the map and the attribute table). */
public final class ClearSelectionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapSelector.clear(MapViews.showMapView(event).getMapContent());
		return null;
	}
}
