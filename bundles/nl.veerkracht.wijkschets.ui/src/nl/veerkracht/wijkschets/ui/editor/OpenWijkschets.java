package nl.veerkracht.wijkschets.ui.editor;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;

import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;

/** Opens the editor of a wijkschets of an open analysis (or brings it to the front). */
public final class OpenWijkschets {

	private OpenWijkschets() {
	}

	/**
	 * When the page shows no editors (the signal map's perspective), the wijkschets perspective is opened first.
	 *
	 * @param page      the workbench page
	 * @param wijkschets a wijkschets of an analysis open in the workbench
	 * @return the editor, or empty when it could not be opened (the user was told why)
	 */
	public static Optional<WijkschetsEditor> open(IWorkbenchPage page, Wijkschets wijkschets) {
		Optional<AnalyseSession> session = AnalyseSessions.of(wijkschets);
		if (session.isEmpty()) {
			return Optional.empty();
		}
		String fragment = wijkschets.eResource().getURIFragment(wijkschets);
		if (!page.isEditorAreaVisible()) {
			try {
				page = page.getWorkbenchWindow().getWorkbench().showPerspective(WijkschetsPerspective.ID,
						page.getWorkbenchWindow());
			} catch (WorkbenchException e) {
				ILog.of(OpenWijkschets.class).warn(e.getMessage(), e);
			}
		}
		try {
			return Optional.of((WijkschetsEditor) page.openEditor(
					new WijkschetsEditorInput(session.get().getFile(), fragment, wijkschets.getName()), EditorWidgetKeys.EDITOR_ID));
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), EditorMessages.Editor_openFailedTitle, e.getMessage());
			return Optional.empty();
		}
	}
}
