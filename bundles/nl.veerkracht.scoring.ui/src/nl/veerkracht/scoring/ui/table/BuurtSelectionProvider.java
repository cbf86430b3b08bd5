package nl.veerkracht.scoring.ui.table;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import nl.veerkracht.scoring.ui.BuurtReference;

/**
 * The Indicatoren view's workbench selection: the {@link BuurtReference}s of the selected rows, which the
 * Buurtprofiel and other selection listeners follow. UI thread only.
 */
final class BuurtSelectionProvider implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private StructuredSelection selection = StructuredSelection.EMPTY;

	/**
	 * Publishes the selected buurten, when they differ from those published.
	 *
	 * @param buurten the buurten, top row first
	 */
	void set(List<BuurtReference> buurten) {
		if (buurten.equals(selection.toList())) {
			return;
		}
		selection = buurten.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(buurten);
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	/** Ignored: the selection follows the table's rows. */
	@Override
	public void setSelection(ISelection newSelection) {
		// the rows are selected by the user or from the map, not through the provider
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
