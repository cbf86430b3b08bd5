package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.BuurtReference;
import nl.veerkracht.scoring.ui.BuurtSelections;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.analyse.OpenKeptSignalMapJob;
import nl.veerkracht.scoring.ui.analyse.SaveSignalMapHandler;
import nl.veerkracht.wijkschets.ui.analyse.AnalysePage;
import nl.veerkracht.wijkschets.ui.analyse.AnalyseWidgetKeys;
import nl.veerkracht.wijkschets.ui.buurten.BuurtenPage;
import nl.veerkracht.wijkschets.ui.buurten.BuurtenWidgetKeys;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The Analyse and Buurten pages of the wijkschets editor on a new wijkschets of Delfshaven, driven with the
 * real keyboard and pointer: paragraphs and a bulleted list typed into the probleemanalyse are stored in the
 * plain-text convention and shown as a list, undo takes a typing burst back, dilemmas are added (the first by
 * just typing into the offered one), and the Buurten page lists Delfshaven's buurten with the signal map's
 * classes, or says why it cannot.
 */
class WijkschetsAnalyseTest extends MapTestBase {

	private static final String PROJECT = "Wijkschets analyse";

	private IWorkbenchPage page;
	private WijkschetsEditor editor;
	private Wijkschets schets;

	@BeforeEach
	void openDelfshaven() throws Exception {
		shell.setBounds(0, 0, 1600, 1100);
		page = mapView.getSite().getPage();
		IFile file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		editor = WijkschetsFixture.openDelfshaven(page, file);
		schets = editor.getWijkschets();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		page.activate(editor);
		// the Overzicht page comes first once merged: go to the page under test
		editor.setActivePage(AnalysePage.ID);
		robot.settle(500);
	}

	@AfterEach
	void closeEditor() throws Exception {
		if (editor != null) {
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			page.closeEditor(editor, false);
		}
		robot.settle(100);
		WijkschetsFixture.delete(PROJECT);
	}

	@Test
	void paragraphsAndAListAreTypedStoredShownAndUndone() throws Exception {
		StyledText text = robot.widget(shell, AnalyseWidgetKeys.PROBLEEMANALYSE, StyledText.class);
		clickIn(text, 40, 20);
		type("Jonge gezinnen vertrekken.");
		key("Return");
		type("Oorzaken:");
		key("Return");
		type("- te kleine woningen");
		key("Return");
		type("weinig groen");
		key("Return");
		key("Return");
		type("Daarom kiezen we.");
		String typed = "Jonge gezinnen vertrekken.\nOorzaken:\n\u2022 te kleine woningen\n\u2022 weinig groen\nDaarom kiezen we.";
		robot.waitUntil("the typing committed", () -> text.getText().equals(String.valueOf(schets.getProbleemanalyse())));
		assertEquals(typed, schets.getProbleemanalyse(), "paragraphs and list items in the plain-text convention");
		int plainX = text.getLocationAtOffset(text.getOffsetAtLine(1)).x;
		int itemX = text.getLocationAtOffset(text.getOffsetAtLine(2)).x;
		assertTrue(itemX > plainX + 5, "a list item is indented: " + itemX + " against " + plainX);
		assertEquals(plainX, text.getLocationAtOffset(text.getOffsetAtLine(4)).x, "Enter on an empty item ended the list");
		Button bullets = robot.widget(shell, AnalyseWidgetKeys.bullets(AnalyseWidgetKeys.PROBLEEMANALYSE), Button.class);
		assertFalse(bullets.getSelection(), "the caret is in a plain paragraph");

		key("ctrl+shift+8");
		robot.waitUntil("the last line a list item", () -> schets.getProbleemanalyse().endsWith("\n\u2022 Daarom kiezen we."));
		assertTrue(bullets.getSelection(), "the Opsomming button shows the item");
		key("ctrl+shift+8");
		robot.waitUntil("the last line plain again", () -> typed.equals(schets.getProbleemanalyse()));

		Point first = text.getLocationAtOffset(5);
		clickIn(text, first.x, first.y + text.getLineHeight() / 2);
		click(bullets);
		String listed = "\u2022 " + typed;
		robot.waitUntil("the first line a list item", () -> listed.equals(schets.getProbleemanalyse()));
		Point away = text.toDisplay(text.getSize().x - 40, text.getSize().y - 30);
		robot.xdotool("mousemove", Integer.toString(away.x), Integer.toString(away.y));
		robot.settle(300);
		robot.screenshot("wijkschets-analyse-tekst");
		shell.setBounds(0, 0, 1280, 800);
		robot.settle(400);
		robot.screenshot("wijkschets-analyse-1280x800");
		shell.setBounds(0, 0, 1600, 1100);
		robot.settle(200);

		undo();
		assertEquals(typed, schets.getProbleemanalyse(), "undo takes the Opsomming back");
		assertEquals(typed, text.getText(), "the widget follows the undo");
		robot.settle(200);
	}

	@Test
	void twoDilemmasAreAddedTheFirstByTypingIntoTheOfferedOne() throws Exception {
		Table list = robot.widget(shell, AnalyseWidgetKeys.DILEMMAS, Table.class);
		assertEquals(0, list.getItemCount());
		Text title = robot.widget(shell, AnalyseWidgetKeys.DILEMMA_TITLE, Text.class);
		clickIn(title, 20, title.getSize().y / 2);
		type("Wonen of werken");
		StyledText description = robot.widget(shell, AnalyseWidgetKeys.DILEMMA_DESCRIPTION, StyledText.class);
		clickIn(description, 40, 20);
		type("Ruimte voor");
		key("Return");
		key("ctrl+shift+8");
		type("woningen");
		key("Return");
		type("bedrijven");
		robot.waitUntil("the offered dilemma added with its text",
				() -> schets.getDilemmas().size() == 1 && "Ruimte voor\n\u2022 woningen\n\u2022 bedrijven"
						.equals(schets.getDilemmas().get(0).getDescription()));
		Dilemma wonen = schets.getDilemmas().get(0);
		assertEquals("Wonen of werken", wonen.getTitle());
		assertEquals(1, list.getItemCount());

		click(robot.widget(shell, AnalyseWidgetKeys.DILEMMA_ADD, Button.class));
		assertEquals(2, schets.getDilemmas().size(), "Toevoegen adds a dilemma");
		type("Auto of groen");
		robot.waitUntil("the second title", () -> "Auto of groen".equals(schets.getDilemmas().get(1).getTitle()));
		assertEquals(2, list.getItemCount());
		assertEquals("Auto of groen", list.getItem(1).getText());
		assertSame(schets.getDilemmas().get(1), selected(), "the new dilemma is the editor's selection");
		robot.settle(300);
		robot.screenshot("wijkschets-analyse-dilemmas");

		clickRow(list, 0);
		assertSame(wonen, selected(), "selecting a dilemma selects it in the workbench");
		assertEquals("Wonen of werken", robot.widget(shell, AnalyseWidgetKeys.DILEMMA_TITLE, Text.class).getText());
		click(robot.widget(shell, AnalyseWidgetKeys.DILEMMA_REMOVE, Button.class));
		assertEquals(List.of("Auto of groen"), schets.getDilemmas().stream().map(Dilemma::getTitle).toList());
		undo();
		assertEquals(List.of("Wonen of werken", "Auto of groen"),
				schets.getDilemmas().stream().map(Dilemma::getTitle).toList(), "undo brings the removed dilemma back");
		assertEquals(2, list.getItemCount());
	}

	@Test
	void buurtenPageFollowsTheSignalMapWithTheKlasseLayersClasses() throws Exception {
		editor.setActivePage(BuurtenPage.ID);
		robot.settle(300);
		Label message = robot.widget(shell, BuurtenWidgetKeys.MESSAGE, Label.class);
		Table table = robot.widget(shell, BuurtenWidgetKeys.TABLE, Table.class);
		Button open = robot.widget(shell, BuurtenWidgetKeys.OPEN_SIGNAL_MAP, Button.class);
		assertTrue(message.isVisible() && message.getText().startsWith("Er is geen signaleringskaart geopend"),
				message.getText());
		assertFalse(table.isVisible(), "no table without a signal map");
		assertFalse(open.isVisible(), "the analysis keeps no signaleringskaart to open");
		robot.settle(300);
		robot.screenshot("wijkschets-buurten-zonder-kaart");

		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		robot.settle(300);
		assertTrue(table.isVisible(), "the page follows the new signal map");
		assertFalse(message.isVisible());
		Map<String, String> klassen = new LinkedHashMap<>();
		for (Feature feature : session.klasseLayer().getFeatures().getFeatures()) {
			String code = String.valueOf(feature.getAttribute(SignalMapLayer.BU_CODE));
			if (code.startsWith("BU059903")) {
				klassen.put(code, String.valueOf(feature.getAttribute(SignalMapLayer.KLASSE)));
			}
		}
		assertTrue(klassen.size() > 5, "Delfshaven has buurten on the map: " + klassen);
		Map<String, String> shown = new LinkedHashMap<>();
		int code = columnIndex(table, "Code");
		int klasse = columnIndex(table, "Klasse");
		for (TableItem item : table.getItems()) {
			shown.put(item.getText(code), item.getText(klasse));
		}
		assertEquals(klassen, shown, "exactly Delfshaven's buurten, with the klasse layer's classes");
		assertTrue(table.getItem(0).getImage(klasse) != null, "each class has its swatch");
		assertTrue(robot.widget(shell, BuurtenWidgetKeys.REFERENCE, Label.class).getText().startsWith("Referentie Rotterdam"));

		int score = columnIndex(table, "Kwetsbaarheid");
		table.getColumn(score).notifyListeners(SWT.Selection, new Event());
		robot.settle(100);
		List<Double> scores = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (!item.getText(score).equals("geen gegevens")) {
				scores.add(Double.parseDouble(item.getText(score).replace(',', '.')));
			}
		}
		assertEquals(scores.stream().sorted().toList(), scores, "sorted by kwetsbaarheid");
		robot.settle(300);
		robot.screenshot("wijkschets-buurten");

		clickRow(table, 2);
		String chosen = table.getItem(2).getText(code);
		ISelection selection = editor.getSite().getSelectionProvider().getSelection();
		BuurtReference reference = assertInstanceOf(BuurtReference.class, ((IStructuredSelection) selection).getFirstElement());
		assertEquals(chosen, reference.code());
		assertEquals(chosen, BuurtSelections.buurtCode(selection).orElseThrow(), "the Buurtprofiel can follow it");

		session.close();
		robot.settle(200);
		assertTrue(message.isVisible() && !table.isVisible(), "closing the signal map brings the message back");
	}

	@Test
	void buurtenPageOpensTheSignalMapKeptInTheAnalysis() throws Exception {
		SignalMapSession shown = SignalMapFixture.showRotterdam(mapView);
		Command keep = editor.getSite().getService(ICommandService.class).getCommand(SaveSignalMapHandler.COMMAND_ID);
		editor.getSite().getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(keep,
				Map.of(SaveSignalMapHandler.ANALYSE_PARAMETER, editor.getFile().getFullPath().toString())), null);
		robot.settle(100);
		assertTrue(((Analyse) EcoreUtil.getRootContainer(schets)).getSignaleringskaart() != null,
				"the analysis keeps the signal map");
		shown.close();
		page.activate(editor);
		editor.setActivePage(BuurtenPage.ID);
		robot.settle(300);
		Table table = robot.widget(shell, BuurtenWidgetKeys.TABLE, Table.class);
		Button open = robot.widget(shell, BuurtenWidgetKeys.OPEN_SIGNAL_MAP, Button.class);
		assertFalse(table.isVisible());
		assertTrue(open.isVisible(), "the kept signal map can be opened from the page");
		assertTrue(robot.widget(shell, BuurtenWidgetKeys.MESSAGE, Label.class).getText().contains("De analyse bewaart er een"));
		robot.settle(300);
		robot.screenshot("wijkschets-buurten-bewaarde-kaart");

		DialogWatcher problems = DialogWatcher.watch(display, "Signaleringskaart geopend, let op");
		DialogWatcher failure = DialogWatcher.watch(display, "Signaleringskaart niet geopend");
		click(open);
		robot.waitForJobs("opening the kept signal map", OpenKeptSignalMapJob.FAMILY);
		robot.waitUntil("the kept signal map open", () -> SignalMapSession.current().isPresent() || failure.caught());
		robot.settle(200);
		problems.stop();
		failure.stop();
		assertFalse(failure.caught(), failure::text);
		assertTrue(table.isVisible(), "the page shows the buurten of the opened signal map");
		assertEquals(((Wijk) schets.getGebied()).getBuurten().size(), table.getItemCount());
	}

	private static int columnIndex(Table table, String title) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no column " + title);
	}

	private Object selected() {
		return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
	}

	private void undo() throws Exception {
		page.activate(editor);
		robot.settle(50);
		editor.getSite().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		robot.settle(200);
	}

	private void type(String text) {
		robot.xdotool("type", "--delay", "30", "--", text);
		robot.settle(100);
	}

	private void key(String key) {
		robot.xdotool("key", key);
		robot.settle(100);
	}

	private void click(Control control) {
		clickIn(control, control.getSize().x / 2, control.getSize().y / 2);
	}

	private void clickRow(Table table, int row) {
		Rectangle bounds = table.getItem(row).getBounds(0);
		clickIn(table, bounds.x + 10, bounds.y + bounds.height / 2);
	}

	private void clickIn(Control control, int x, int y) {
		FormToolkit.ensureVisible(control);
		robot.settle(100);
		Point onScreen = control.toDisplay(x, y);
		robot.xdotool("mousemove", Integer.toString(onScreen.x), Integer.toString(onScreen.y), "click", "1");
		robot.settle(200);
	}
}
