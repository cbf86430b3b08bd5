package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.graphics.Point;

import nl.veerkracht.gis.core.select.SelectionMode;
import nl.veerkracht.gis.ui.map.MapSelector;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * Identifies the feature where the map's context menu was opened, whatever the current tool, and shows
 * it in the Properties view.
 */
public final class IdentifyHereHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapView view = MapViews.showMapView(event);
		Point location = view.getMenuLocation();
		if (location != null) {
			MapSelector.selectAt(view.getMapCanvas(), location.x, location.y, SelectionMode.REPLACE);
			PropertiesView.show(event);
		}
		return null;
	}
}
