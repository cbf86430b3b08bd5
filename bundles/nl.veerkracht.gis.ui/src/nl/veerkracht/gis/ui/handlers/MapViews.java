package nl.veerkracht.gis.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.ui.map.MapView;

/** Finds the Map view a command acts on: the one in the active window's page, opened if needed. */
final class MapViews {

	private MapViews() {
	}

	static MapView showMapView(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (page == null) {
			throw new ExecutionException("No active workbench page"); //$NON-NLS-1$
		}
		try {
			return (MapView) page.showView(MapView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
