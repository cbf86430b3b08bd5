package nl.veerkracht.wijkschets.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

import nl.veerkracht.model.Wijkschets;

/** "Wijkschets openen" in the Project Explorer, also on double-click and Enter. */
public final class OpenWijkschetsActionProvider extends CommonActionProvider {

	private final Action open = new Action(EditorMessages.Action_open) {
		@Override
		public void run() {
			if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Wijkschets wijkschets) {
				if (getActionSite().getViewSite() instanceof ICommonViewerWorkbenchSite site) {
					OpenWijkschets.open(site.getPage(), wijkschets);
				}
			}
		}
	};

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Wijkschets) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}

	@Override
	public void fillActionBars(IActionBars bars) {
		if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Wijkschets) {
			bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}
}
