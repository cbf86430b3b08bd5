package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RadioState;

import nl.veerkracht.gis.ui.map.MapToolKind;

/**
 * Chooses the tool of the map: the radio items Verschuiven, Zoomkader and Identificeren. The tool's id
 * is the command's radio-state parameter.
 */
public final class MapToolHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(RadioState.PARAMETER_ID);
		MapToolKind tool = MapToolKind.forId(id).orElseThrow(() -> new ExecutionException("Unknown map tool: " + id)); //$NON-NLS-1$
		MapViews.showMapView(event).getMapCanvas().setTool(tool);
		if (!HandlerUtil.matchesRadioState(event)) {
			HandlerUtil.updateRadioState(event.getCommand(), id);
		}
		return null;
	}
}
