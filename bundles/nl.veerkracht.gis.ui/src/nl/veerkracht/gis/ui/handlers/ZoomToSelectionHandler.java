package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import nl.veerkracht.gis.core.select.SelectionExtent;
import nl.veerkracht.gis.ui.map.MapView;

/** Zooms the map to the selected features of all its layers; does nothing without a selection. */
public final class ZoomToSelectionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapView view = MapViews.showMapView(event);
		view.getMapCanvas().zoomTo(SelectionExtent.of(view.getMapContent()));
		return null;
	}
}
