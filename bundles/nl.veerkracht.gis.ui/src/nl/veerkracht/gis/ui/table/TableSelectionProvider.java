package nl.veerkracht.gis.ui.table;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.identify.IdentifiedFeature;

/**
 * The attribute table's selection for the workbench: its selected rows as {@link IdentifiedFeature}s,
 * so that the Properties view shows the row chosen. Selecting through this provider is not supported;
 * the table follows the map's selection instead. UI thread only.
 */
final class TableSelectionProvider implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private IStructuredSelection selection = StructuredSelection.EMPTY;

	void set(VectorLayer layer, List<Feature> features) {
		List<IdentifiedFeature> elements = layer == null ? List.of()
				: features.stream().map(feature -> new IdentifiedFeature(layer, feature)).toList();
		if (elements.equals(selection.toList())) {
			return;
		}
		selection = new StructuredSelection(elements);
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		// the map's selection drives the table; see AttributeTableView
	}
}
