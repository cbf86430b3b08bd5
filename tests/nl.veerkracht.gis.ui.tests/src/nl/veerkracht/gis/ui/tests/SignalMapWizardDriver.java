package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.scoring.ui.open.OpenSignalMapHandler;
import nl.veerkracht.scoring.ui.open.SignalMapWizardKeys;

/**
 * Opens the signal-map wizard as its command does ({@link OpenSignalMapHandler#createDialog}), but without
 * blocking the test, and drives it as {@link WizardRobot} drives the import wizards: fields typed, buttons
 * pressed by their selection events, radio buttons clicked with the real pointer.
 */
final class SignalMapWizardDriver {

	private final Robot robot;
	private final WizardDialog dialog;

	private SignalMapWizardDriver(Robot robot, WizardDialog dialog) {
		this.robot = robot;
		this.dialog = dialog;
	}

	static SignalMapWizardDriver open(Robot robot, IWorkbenchWindow window) {
		WizardDialog dialog = OpenSignalMapHandler.createDialog(window);
		dialog.setBlockOnOpen(false);
		dialog.open();
		robot.settle(150);
		return new SignalMapWizardDriver(robot, dialog);
	}

	Shell shell() {
		return dialog.getShell();
	}

	<W extends org.eclipse.swt.widgets.Widget> W widget(String id, Class<W> type) {
		return robot.widget(shell(), id, type);
	}

	/** Adds a KWB file as a user does: types its path and presses Toevoegen. */
	void addKwb(String path) {
		type(SignalMapWizardKeys.KWB + ".path", path);
		press(SignalMapWizardKeys.KWB + ".add");
	}

	/** Types a text into a field: set the text, then the field's Modify events follow. */
	void type(String fieldId, String text) {
		Text field = widget(fieldId, Text.class);
		field.setFocus();
		field.setText(text);
		robot.settle(20);
	}

	/** Presses a button of the wizard's pages by its id. */
	void press(String buttonId) {
		click(widget(buttonId, Button.class));
	}

	/** Clicks a button (e.g. a radio button) in its middle with the real pointer. */
	void clickWithPointer(String buttonId) {
		Button button = widget(buttonId, Button.class);
		Point centre = button.toDisplay(Math.min(10, button.getSize().x / 2), button.getSize().y / 2);
		robot.xdotool("mousemove", Integer.toString(centre.x), Integer.toString(centre.y), "click", "1");
		robot.settle(150);
	}

	void next() {
		click(dialogButton(IDialogConstants.NEXT_ID));
	}

	void back() {
		click(dialogButton(IDialogConstants.BACK_ID));
	}

	void finish() {
		click(dialogButton(IDialogConstants.FINISH_ID));
		robot.waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
	}

	boolean canFinish() {
		return dialogButton(IDialogConstants.FINISH_ID).isEnabled();
	}

	boolean canGoNext() {
		return dialogButton(IDialogConstants.NEXT_ID).isEnabled();
	}

	String errorMessage() {
		return dialog.getErrorMessage();
	}

	/** @return the message of the current page (information or warning), or null */
	String message() {
		return dialog.getCurrentPage().getErrorMessage() == null
				? ((org.eclipse.jface.wizard.WizardPage) dialog.getCurrentPage()).getMessage()
				: null;
	}

	void cancel() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
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
