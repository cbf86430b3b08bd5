package nl.veerkracht.gis.ui.style;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * Opens the style dialog for the layer selected in the Layers view (or the layer of a selected legend
 * entry, which adapts to its layer).
 */
public final class EditStyleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		VectorLayer layer = selectedLayer(HandlerUtil.getCurrentSelection(event));
		if (layer == null) {
			return null;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		MapView view;
		try {
			view = MapView.show(window);
		} catch (IllegalStateException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		if (view.getMapContent().indexOf(layer) >= 0) {
			new StyleDialog(window.getShell(), view.getMapContent(), layer).open();
		}
		return null;
	}

	/**
	 * Finds the layer a selection stands for.
	 *
	 * @param selection the selection
	 * @return the first selected vector layer, or {@code null}
	 */
	static VectorLayer selectedLayer(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				Layer layer = element instanceof Layer direct ? direct
						: Adapters.adapt(element, Layer.class);
				if (layer instanceof VectorLayer vector) {
					return vector;
				}
			}
		}
		return null;
	}
}
