package nl.veerkracht.stad.ui;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;

/**
 * Opens the Stadsbalans in the perspective "Impact op de stad" (Venster &gt; Stadsbalans, and "Stadsbalans
 * openen" on an analysis in the Project Explorer), showing the analysis selected there, if any.
 */
public final class OpenStadsbalansHandler extends AbstractHandler {

	/** The command's id in {@code plugin.xml}. */
	public static final String COMMAND = "nl.veerkracht.stad.ui.commands.openStadsbalans"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<IFile> analyse = analyseIn(HandlerUtil.getCurrentSelection(event));
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(StadsbalansPerspective.ID, window);
			StadsbalansView view = (StadsbalansView) page.showView(StadsbalansView.ID);
			analyse.ifPresent(view::showAnalyse);
		} catch (WorkbenchException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	private static Optional<IFile> analyseIn(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return Optional.empty();
		}
		Object first = structured.getFirstElement();
		if (first instanceof IFile file && AnalyseSessions.isAnalyse(file)) {
			return Optional.of(file);
		}
		return first instanceof EObject object ? AnalyseSessions.of(object).map(AnalyseSession::getFile) : Optional.empty();
	}
}
