package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * Zooms the map in (twice the detail) or out (half) around its middle. The direction is the handler's
 * parameter in {@code plugin.xml}: {@code ZoomStepHandler:in} or {@code :out}.
 */
public final class ZoomStepHandler extends AbstractHandler implements IExecutableExtension {

	private static final double STEP = 2;

	private double factor = STEP;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		factor = "out".equals(data) ? 1 / STEP : STEP; //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapViews.showMapView(event).getMapCanvas().zoomBy(factor);
		return null;
	}
}
