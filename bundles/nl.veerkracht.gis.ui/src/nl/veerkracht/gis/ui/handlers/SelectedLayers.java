package nl.veerkracht.gis.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.core.layer.Layer;

/** The layers a layer command acts on: those selected in the active part. */
final class SelectedLayers {

	private SelectedLayers() {
	}

	static List<Layer> of(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			return structured.stream().filter(Layer.class::isInstance).map(Layer.class::cast).toList();
		}
		return List.of();
	}
}
