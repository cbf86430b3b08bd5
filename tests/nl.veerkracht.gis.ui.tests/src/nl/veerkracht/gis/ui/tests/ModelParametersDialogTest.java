package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.stad.ModelParameterFile;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.Segment;
import nl.veerkracht.stad.ui.parameters.ModelParametersDialog;
import nl.veerkracht.stad.ui.parameters.ParameterWidgetKeys;

/**
 * The analyst edits the intensity table of the city model: typed values with a decimal comma, a wrong value
 * refused with its reason, the file beside the analysis written, a broken file kept as a backup.
 */
class ModelParametersDialogTest extends MapTestBase {

	private static final String TITLE = "Modelparameters";

	@TempDir
	Path folder;

	@Test
	void editsTheIntensityTableAndWritesItBesideTheAnalysis() throws Exception {
		Path analyse = folder.resolve("stad.veerkracht");
		ModelParametersDialog result = open(analyse);
		Shell dialog = dialog();
		Text redirect = robot.widget(dialog, ParameterWidgetKeys.intensity(Handelingsperspectief.HERPOSITIONERING, 4), Text.class);
		assertEquals("0,6", redirect.getText());
		type(redirect, "0,8");
		Text turnover = robot.widget(dialog, ParameterWidgetKeys.segment("turnover", Segment.KOOP), Text.class);
		type(turnover, "1,5");
		Button ok = findButton(dialog, IDialogConstants.OK_ID);
		robot.waitUntil("OK refused for a turnover of 1,5", () -> !ok.isEnabled());
		assertNotNull(((org.eclipse.jface.dialogs.TitleAreaDialog) dialog.getData()).getErrorMessage());
		robot.screenshot("model-parameters-refused");
		type(turnover, "0,05");
		robot.waitUntil("OK possible again", ok::isEnabled);
		robot.screenshot("model-parameters");
		clickDialogButton(dialog, IDialogConstants.OK_ID);
		robot.waitUntil("the dialog closed", () -> result.getShell() == null);
		Path file = ModelParameterFile.besideAnalyse(analyse);
		ModelParameters saved = ModelParameterFile.read(file);
		assertEquals(0.8, saved.intensities().value(Handelingsperspectief.HERPOSITIONERING, 4), 1e-12);
		assertEquals(0.05, saved.turnover().get(Segment.KOOP), 1e-12);
		assertEquals(saved, result.saved().orElseThrow());

		ModelParametersDialog again = open(analyse);
		Shell second = dialog();
		assertEquals("0,8", robot.widget(second, ParameterWidgetKeys.intensity(Handelingsperspectief.HERPOSITIONERING, 4),
				Text.class).getText());
		clickButton(robot.widget(second, ParameterWidgetKeys.DEFAULTS, Button.class));
		assertEquals("0,6", robot.widget(second, ParameterWidgetKeys.intensity(Handelingsperspectief.HERPOSITIONERING, 4),
				Text.class).getText());
		clickDialogButton(second, IDialogConstants.CANCEL_ID);
		robot.waitUntil("the dialog closed", () -> again.getShell() == null);
		assertTrue(again.saved().isEmpty());
		assertEquals(saved, ModelParameterFile.read(file), "cancel leaves the file");
	}

	@Test
	void aBrokenFileIsNamedAndKeptAsABackup() throws Exception {
		Path analyse = folder.resolve("stad.veerkracht");
		Path file = ModelParameterFile.besideAnalyse(analyse);
		Files.writeString(file, "doorstroom.koop = 0,05\n");
		ModelParametersDialog result = open(analyse);
		Shell dialog = dialog();
		String message = ((org.eclipse.jface.dialogs.TitleAreaDialog) dialog.getData()).getErrorMessage();
		assertTrue(message.contains("stad.stadmodel") && message.contains("regel 1"), message);
		clickDialogButton(dialog, IDialogConstants.OK_ID);
		robot.waitUntil("the dialog closed", () -> result.getShell() == null);
		assertEquals("doorstroom.koop = 0,05\n", Files.readString(file.resolveSibling("stad.stadmodel.bak")));
		assertEquals(ModelParameters.defaults(), ModelParameterFile.read(file));
	}

	/** Opens the dialog without blocking (a modal dialog's own event loop would stop the test). */
	private ModelParametersDialog open(Path analyse) {
		ModelParametersDialog dialog = new ModelParametersDialog(shell, analyse);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private Shell dialog() {
		robot.waitUntil("the " + TITLE + " dialog", () -> Arrays.stream(display.getShells())
				.anyMatch(s -> s.isVisible() && TITLE.equals(s.getText())));
		Shell dialog = Arrays.stream(display.getShells()).filter(s -> TITLE.equals(s.getText())).findFirst().orElseThrow();
		robot.settle(200);
		return dialog;
	}

	/** Replaces a field's text as a user does: click, select all, type. */
	private void type(Text field, String text) {
		Point centre = field.toDisplay(field.getSize().x / 2, field.getSize().y / 2);
		robot.xdotool("mousemove", str(centre.x), str(centre.y), "click", "1");
		robot.settle(100);
		robot.xdotool("key", "ctrl+a");
		robot.xdotool("type", "--delay", "30", text);
		robot.waitUntil("the field to show " + text, () -> text.equals(field.getText()));
		assertFalse(field.isDisposed());
	}
}
