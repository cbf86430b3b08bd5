package nl.veerkracht.gis.ui.identify;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A workbench selection of {@link IdentifiedFeature}s, as the Map view and the attribute table give it to
 * the Properties view: keeps the current selection and tells the listeners only when it really changed.
 * Subclasses decide where the selection comes from and what setting it does. UI thread only.
 */
public abstract class IdentifiedFeatureSelectionProvider implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private IStructuredSelection selection = StructuredSelection.EMPTY;

	/**
	 * Makes the given features the selection and notifies the listeners, unless it is the selection already.
	 *
	 * @param elements the selected features in display order
	 */
	protected final void publish(List<IdentifiedFeature> elements) {
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
	public final void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public final void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public final ISelection getSelection() {
		return selection;
	}
}
