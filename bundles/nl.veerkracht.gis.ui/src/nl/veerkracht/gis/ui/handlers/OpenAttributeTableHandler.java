package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.table.AttributeTableView;

/** Opens the Attributentabel view, showing the layer selected in the Layers view if there is one. */
public final class OpenAttributeTableHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		// read the selection before showing the view: showing it makes it the active part, with its own selection
		VectorLayer chosen = SelectedLayers.of(event).stream().filter(VectorLayer.class::isInstance).map(VectorLayer.class::cast)
				.findFirst().orElse(null);
		try {
			AttributeTableView view = (AttributeTableView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(AttributeTableView.ID);
			if (chosen != null) {
				view.showLayer(chosen);
			}
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
