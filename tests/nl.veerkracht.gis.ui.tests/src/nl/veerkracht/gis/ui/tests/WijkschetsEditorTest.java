package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.wijkschets.ui.editor.OpenWijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The frame of the wijkschets editor: the dirty marker, Save (Ctrl+S), Edit &gt; Undo back to the saved
 * state, closing with unsaved changes answered "Don't Save" (the file and the model stay as saved), Save As
 * to another analysis file, and "Wijkschets maken/openen" from the signal map's context menu.
 */
class WijkschetsEditorTest extends InteractionTestBase {

	private static final String PROJECT = "Wijkschets editor";

	@AfterEach
	void closeEditorsAndRemoveTheProject() throws Exception {
		WijkschetsFixture.delete(PROJECT);
	}

	@Test
	void changesWaitForSaveAndAreGoneWhenClosedWithoutSaving() throws Exception {
		IFile file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		IWorkbenchPage page = mapView.getSite().getPage();
		WijkschetsEditor editor = WijkschetsFixture.openDelfshaven(page, file);
		robot.settle(300);
		assertFalse(editor.isDirty(), "a new wijkschets is saved with the analysis at once");
		assertEquals("Delfshaven", editor.getPartName());
		assertTrue(read(file).contains("Delfshaven"), "the new wijkschets is in the file");

		set(editor, VeerkrachtPackage.Literals.WIJKSCHETS__BEVOLKING, "Veel jonge gezinnen, 40% eenoudergezin");
		assertTrue(editor.isDirty());
		assertFalse(read(file).contains("eenoudergezin"), "nothing reaches the file before Save");
		robot.screenshot("wijkschets-editor-dirty");

		page.activate(editor);
		robot.settle(200);
		robot.xdotool("key", "ctrl+s");
		robot.waitUntil("Ctrl+S to save", () -> !editor.isDirty());
		assertTrue(read(file).contains("eenoudergezin"), "saved");

		set(editor, VeerkrachtPackage.Literals.WIJKSCHETS__PROBLEEMANALYSE, "Te veel verloop");
		assertTrue(editor.isDirty());
		page.activate(editor);
		robot.xdotool("key", "ctrl+z");
		robot.waitUntil("Ctrl+Z to undo the change", () -> editor.getWijkschets().getProbleemanalyse() == null);
		assertFalse(editor.isDirty(), "undone back to the saved state, the editor is clean again");

		set(editor, VeerkrachtPackage.Literals.WIJKSCHETS__DEFINITIE_VAN_SUCCES, "Minder verhuizingen");
		assertTrue(editor.isDirty());
		String fragment = editor.getWijkschets().eResource().getURIFragment(editor.getWijkschets());
		display.timerExec(300, () -> answer("Don't Save", "Niet opslaan", "No", "Nee"));
		assertTrue(page.closeEditor(editor, true), "closed after the prompt");
		robot.settle(200);
		assertFalse(read(file).contains("Minder verhuizingen"), "Don't Save leaves the file as it was");
		Analyse reloaded = AnalyseSessions.of(file).orElseThrow().getAnalyse();
		Wijkschets again = (Wijkschets) reloaded.eResource().getEObject(fragment);
		assertNull(again.getDefinitieVanSucces(), "the unsaved change is gone from the model too");
		assertEquals("Veel jonge gezinnen, 40% eenoudergezin", again.getBevolking(), "what was saved is there");

		WijkschetsEditor reopened = OpenWijkschets.open(page, again).orElseThrow();
		assertNotSame(editor, reopened);
		assertFalse(reopened.isDirty());
		robot.screenshot("wijkschets-editor-reopened");
	}

	@Test
	void saveAsWritesAnotherAnalysisAndGoesOnThere() throws Exception {
		IFile file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		IWorkbenchPage page = mapView.getSite().getPage();
		WijkschetsEditor editor = WijkschetsFixture.openDelfshaven(page, file);
		set(editor, VeerkrachtPackage.Literals.WIJKSCHETS__BEVOLKING, "Na de herstructurering");
		IFile copy = file.getProject().getFile("rotterdam-variant.veerkracht");
		WijkschetsEditor moved = editor.saveAs(copy).orElseThrow();
		robot.settle(300);
		assertTrue(read(copy).contains("Na de herstructurering"), "the copy has the change");
		assertFalse(read(file).contains("Na de herstructurering"), "the original keeps what it had on disk");
		assertEquals(copy, moved.getFile());
		assertFalse(moved.isDirty());
		assertEquals("Na de herstructurering", moved.getWijkschets().getBevolking());
		assertEquals(1, Arrays.stream(page.getEditorReferences()).count(), "one editor, now on the copy");
		Analyse original = AnalyseFiles.load(Path.of(file.getLocationURI()));
		assertNull(original.getWijkschetsen().get(0).getBevolking());
	}

	@Test
	void theSignalMapsContextMenuMakesTheWijkschetsOfTheWijkUnderIt() throws Exception {
		IFile file = WijkschetsFixture.emptyAnalyse(PROJECT);
		IWorkbenchPage page = mapView.getSite().getPage();
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		waitForFrame();
		Feature bospolder = session.klasseLayer().getFeatures().getFeatures().stream()
				.filter(f -> "BU05990321".equals(f.getAttribute(SignalMapLayer.BU_CODE))).findFirst().orElseThrow();
		mapView.getMapCanvas().zoomTo(projected(session.klasseLayer(), bospolder).geometry().getEnvelopeInternal());
		waitForFrame();

		chooseMapMenuItem(onScreen(session.klasseLayer(), bospolder), "Wijkschets maken/openen");
		robot.waitUntil("the editor of the new wijkschets",
				() -> page.getActiveEditor() instanceof WijkschetsEditor);
		WijkschetsEditor editor = (WijkschetsEditor) page.getActiveEditor();
		Wijkschets schets = editor.getWijkschets();
		assertEquals("Delfshaven", schets.getName(), "named after the wijk, by the CBS data of the signal map");
		assertEquals("Rotterdam", ((nl.veerkracht.model.Gemeente) schets.getGebied().eContainer()).getName());
		Wijk wijk = (Wijk) schets.getGebied();
		assertEquals("WK059903", wijk.getCode());
		List<String> buurten = wijk.getBuurten().stream().map(Buurt::getCode).sorted().toList();
		List<String> onMap = session.klasseLayer().getFeatures().getFeatures().stream()
				.map(f -> (String) f.getAttribute(SignalMapLayer.BU_CODE)).filter(c -> c.startsWith("BU059903")).sorted().toList();
		assertEquals(onMap, buurten, "the wijk has the buurten of the map");
		assertEquals(4, schets.getPerspectiefMix().size());
		assertEquals(3, schets.getStatusBeoordelingen().size());
		assertTrue(read(file).contains("WK059903"), "made and saved in the analysis");

		page.activate(mapView);
		robot.settle(300);
		mapView.getMapCanvas().zoomTo(projected(session.klasseLayer(), bospolder).geometry().getEnvelopeInternal());
		waitForFrame();
		chooseMapMenuItem(onScreen(session.klasseLayer(), bospolder), "Wijkschets maken/openen");
		robot.settle(300);
		Analyse analyse = AnalyseSessions.of(file).orElseThrow().getAnalyse();
		assertEquals(1, analyse.getWijkschetsen().size(), "the second time opens the same wijkschets");
		assertEquals(editor, page.getActiveEditor());
		robot.screenshot("wijkschets-made-from-the-map");
	}

	private void set(WijkschetsEditor editor, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(editor.getEditingDomain(), editor.getWijkschets(), feature, value));
		robot.settle(100);
	}

	private void answer(String... labels) {
		for (Shell dialog : display.getShells()) {
			Optional<Button> button = findButtonLabelled(dialog, List.of(labels));
			if (dialog.isVisible() && button.isPresent()) {
				Point centre = button.get().toDisplay(button.get().getSize().x / 2, button.get().getSize().y / 2);
				robot.xdotool("mousemove", str(centre.x), str(centre.y), "click", "1");
				return;
			}
		}
		display.timerExec(100, () -> answer(labels));
	}

	private static Optional<Button> findButtonLabelled(Control control, List<String> labels) {
		if (control instanceof Button button && labels.contains(button.getText().replace("&", ""))) {
			return Optional.of(button);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Optional<Button> found = findButtonLabelled(child, labels);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static String read(IFile file) throws Exception {
		return Files.readString(Path.of(file.getLocationURI()));
	}
}
