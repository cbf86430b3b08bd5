package nl.veerkracht.gis.ui.layers;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

import nl.veerkracht.gis.core.layer.Layer;

/**
 * The Layers view's selection as the workbench sees it: the selected layers, where a selected legend
 * entry stands for its layer, so that layer commands and contributed context-menu entries always get
 * {@link Layer}s.
 */
final class LayerSelectionProvider implements ISelectionProvider {

	private final StructuredViewer viewer;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	LayerSelectionProvider(StructuredViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(event -> {
			SelectionChangedEvent mapped = new SelectionChangedEvent(this, getSelection());
			for (ISelectionChangedListener listener : listeners) {
				listener.selectionChanged(mapped);
			}
		});
	}

	@Override
	public IStructuredSelection getSelection() {
		Set<Layer> layers = new LinkedHashSet<>();
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof Layer layer) {
				layers.add(layer);
			} else if (element instanceof LegendItem item) {
				layers.add(item.layer());
			}
		}
		return new StructuredSelection(layers.toArray());
	}

	@Override
	public void setSelection(ISelection selection) {
		viewer.setSelection(selection, true);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
