package nl.veerkracht.model.ui.maps;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Keeps the layers of a kept map in the Project Explorer in drawing order (bottom first), as the analysis
 * holds them, instead of the navigator's alphabetical order: the order of layers means something. The
 * weights of a signaleringskaart keep the analyst's (the indicators') order the same way.
 */
public final class DrawingOrder extends ViewerComparator {

	@Override
	public int compare(Viewer viewer, Object first, Object second) {
		return 0;
	}
}
