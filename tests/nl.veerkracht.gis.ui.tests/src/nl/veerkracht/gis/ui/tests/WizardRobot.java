package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * Opens an import wizard as File &gt; Import does (through the import-wizard registry, so its
 * {@code plugin.xml} entry is tested too) and drives it as SWTBot would: type into fields, press
 * buttons by sending their selection events.
 */
final class WizardRobot {

	private final Robot robot;
	private final WizardDialog dialog;

	private WizardRobot(Robot robot, WizardDialog dialog) {
		this.robot = robot;
		this.dialog = dialog;
	}

	static WizardRobot open(Robot robot, Shell parent, String wizardId) throws CoreException {
		return open(robot, parent, PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(wizardId), wizardId);
	}

	/** Opens a wizard of File &gt; New, through the new-wizard registry. */
	static WizardRobot openNew(Robot robot, Shell parent, String wizardId) throws CoreException {
		return open(robot, parent, PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(wizardId), wizardId);
	}

	/** Opens a wizard of File &gt; Export, through the export-wizard registry. */
	static WizardRobot openExport(Robot robot, Shell parent, String wizardId) throws CoreException {
		return open(robot, parent, PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(wizardId), wizardId);
	}

	private static WizardRobot open(Robot robot, Shell parent, IWizardDescriptor descriptor, String wizardId)
			throws CoreException {
		if (descriptor == null) {
			fail("no wizard " + wizardId + " registered");
		}
		IWorkbenchWizard wizard = descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		robot.settle(100);
		return new WizardRobot(robot, dialog);
	}

	Shell shell() {
		return dialog.getShell();
	}

	/** Types a text into a field, as a user does: set the text, then the field's Modify events follow. */
	void type(String fieldId, String text) {
		Text field = robot.widget(shell(), fieldId, Text.class);
		field.setFocus();
		field.setText(text);
		robot.settle(20);
	}

	/** Chooses an item of a combo of the wizard's pages by its index, with the Selection event that follows. */
	void select(String comboId, int index) {
		Combo combo = robot.widget(shell(), comboId, Combo.class);
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		robot.settle(20);
	}

	/** Sets a spinner of the wizard's pages, with the Modify event that follows. */
	void spin(String spinnerId, int value) {
		Spinner spinner = robot.widget(shell(), spinnerId, Spinner.class);
		spinner.setSelection(value);
		spinner.notifyListeners(SWT.Modify, new Event());
		robot.settle(20);
	}

	/** Presses a button of the wizard's pages by its id. */
	void press(String buttonId) {
		click(robot.widget(shell(), buttonId, Button.class));
	}

	void next() {
		click(dialogButton(IDialogConstants.NEXT_ID));
	}

	void finish() {
		click(dialogButton(IDialogConstants.FINISH_ID));
		robot.waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
	}

	boolean canFinish() {
		return dialogButton(IDialogConstants.FINISH_ID).isEnabled();
	}

	void cancel() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	String errorMessage() {
		return dialog.getErrorMessage();
	}

	private void click(Button button) {
		assertTrue(button.isEnabled(), "button " + button.getText() + " is enabled");
		Event event = new Event();
		event.widget = button;
		button.notifyListeners(SWT.Selection, event);
		robot.settle(50);
	}

	private Button dialogButton(int id) {
		return find(shell(), id);
	}

	private static Button find(Control control, int id) {
		if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
			return button;
		}
		if (control instanceof Composite composite) {
			return Arrays.stream(composite.getChildren()).map(child -> find(child, id)).filter(b -> b != null)
					.findFirst().orElse(null);
		}
		return null;
	}
}
