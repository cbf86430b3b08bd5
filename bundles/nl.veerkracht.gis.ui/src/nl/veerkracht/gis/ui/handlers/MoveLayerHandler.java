package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;

/**
 * Moves the selected layer one place up (drawn later) or down (drawn earlier). The direction
 * is the handler's parameter in {@code plugin.xml}: {@code MoveLayerHandler:up} or {@code :down}.
 */
public final class MoveLayerHandler extends AbstractHandler implements IExecutableExtension {

	private boolean up = true;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		up = !"down".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapContent content = MapViews.showMapView(event).getMapContent();
		for (Layer layer : SelectedLayers.of(event)) {
			if (up) {
				content.moveUp(layer);
			} else {
				content.moveDown(layer);
			}
		}
		return null;
	}
}
