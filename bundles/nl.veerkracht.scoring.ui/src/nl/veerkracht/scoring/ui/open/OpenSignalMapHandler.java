package nl.veerkracht.scoring.ui.open;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** The handler of "Signaleringskaart maken…" ({@link SignalMapWizardKeys#COMMAND}): opens the wizard. */
public final class OpenSignalMapHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		createDialog(HandlerUtil.getActiveWorkbenchWindowChecked(event)).open();
		return null;
	}

	/**
	 * Makes the wizard's dialog, as the command opens it.
	 *
	 * @param window the workbench window
	 * @return the dialog, not yet open
	 */
	public static WizardDialog createDialog(IWorkbenchWindow window) {
		WizardDialog dialog = new WizardDialog(window.getShell(), new SignalMapWizard(window));
		dialog.setPageSize(840, 600);
		return dialog;
	}
}
