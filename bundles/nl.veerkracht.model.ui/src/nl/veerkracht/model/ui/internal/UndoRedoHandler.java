package nl.veerkracht.model.ui.internal;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Edit &gt; Undo and Redo for analyses: acts on the command stack of the analysis selected in the
 * Project Explorer (its changes come from there and from the Properties view). The direction is the
 * handler's parameter in {@code plugin.xml}: {@code UndoRedoHandler:undo} or {@code :redo}.
 */
public final class UndoRedoHandler extends AbstractHandler implements IExecutableExtension {

	private boolean undo = true;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		undo = !"redo".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) {
		stack().ifPresent(stack -> {
			if (undo && stack.canUndo()) {
				stack.undo();
			} else if (!undo && stack.canRedo()) {
				stack.redo();
			}
		});
		return null;
	}

	@Override
	public boolean isEnabled() {
		return stack().map(stack -> undo ? stack.canUndo() : stack.canRedo()).orElse(false);
	}

	private static Optional<CommandStack> stack() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IViewPart explorer = window == null || window.getActivePage() == null ? null
				: window.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
		if (explorer == null || !(explorer.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection)) {
			return Optional.empty();
		}
		Object first = selection.getFirstElement();
		Optional<AnalyseSession> session = first instanceof EObject object ? AnalyseSessions.of(object)
				: first instanceof IFile file && AnalyseSessions.isAnalyse(file) ? AnalyseSessions.of(file) : Optional.empty();
		return session.map(s -> s.getDomain().getCommandStack());
	}
}
