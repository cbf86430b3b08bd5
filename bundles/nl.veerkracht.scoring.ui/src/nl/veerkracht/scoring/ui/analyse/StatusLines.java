package nl.veerkracht.scoring.ui.analyse;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.gis.ui.map.MapView;

/** Shows a short confirmation in the Map view's status line, where the analyst looks. */
final class StatusLines {

	private StatusLines() {
	}

	static void show(IWorkbenchWindow window, String message) {
		IViewPart map = window.getActivePage() == null ? null : window.getActivePage().findView(MapView.ID);
		if (map != null) {
			map.getViewSite().getActionBars().getStatusLineManager().setMessage(message);
		}
	}
}
