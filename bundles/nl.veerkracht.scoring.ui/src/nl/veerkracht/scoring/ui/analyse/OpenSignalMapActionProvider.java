package nl.veerkracht.scoring.ui.analyse;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * In the Project Explorer, a kept signaleringskaart opens in the Map view on a double-click (the navigator's
 * Open action) and through "Signaleringskaart openen" in its context menu.
 */
public final class OpenSignalMapActionProvider extends CommonActionProvider {

	private OpenSignalMapAction action;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			action = new OpenSignalMapAction(workbenchSite.getWorkbenchWindow());
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (update()) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, action);
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (update()) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, action);
		}
	}

	private boolean update() {
		if (action == null || getContext() == null) {
			return false;
		}
		ISelection selection = getContext().getSelection();
		action.select(selection instanceof IStructuredSelection structured ? structured : null);
		return action.isEnabled();
	}
}
