package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Zooms the map to the combined extent of all its layers. */
public final class ZoomFullExtentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapViews.showMapView(event).getMapCanvas().zoomToFullExtent();
		return null;
	}
}
