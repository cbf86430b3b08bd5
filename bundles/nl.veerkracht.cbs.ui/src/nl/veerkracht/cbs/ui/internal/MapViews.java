package nl.veerkracht.cbs.ui.internal;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.veerkracht.gis.ui.map.MapView;

/** Finds the Map view an import adds its layers to: the active window's, opened if needed. */
public final class MapViews {

	private MapViews() {
	}

	/**
	 * @param workbench the workbench
	 * @return the Map view of the active window
	 */
	public static MapView show(IWorkbench workbench) {
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			return (MapView) page.showView(MapView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}
}
