package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import nl.veerkracht.gis.ui.map.MapCanvas;

/**
 * Goes back to the previous extent of the map, or forward again. The direction is the handler's
 * parameter in {@code plugin.xml}: {@code ExtentHistoryHandler:previous} or {@code :next}.
 */
public final class ExtentHistoryHandler extends AbstractHandler implements IExecutableExtension {

	private boolean back = true;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		back = !"next".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapCanvas map = MapViews.showMapView(event).getMapCanvas();
		if (back) {
			map.showPreviousExtent();
		} else {
			map.showNextExtent();
		}
		return null;
	}
}
