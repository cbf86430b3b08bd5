package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.ui.map.MapView;

/** Finds the Map view a command acts on: the one in the active window's page, opened if needed. */
final class MapViews {

	private MapViews() {
	}

	static MapView showMapView(ExecutionEvent event) throws ExecutionException {
		try {
			return MapView.show(HandlerUtil.getActiveWorkbenchWindowChecked(event));
		} catch (IllegalStateException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
