package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Kostenklasse;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;
import nl.veerkracht.wijkschets.ui.matrix.IntensityControl;
import nl.veerkracht.wijkschets.ui.matrix.MatrixWidgetKeys;
import nl.veerkracht.wijkschets.ui.perspectieven.HandelingsperspectievenPage;
import nl.veerkracht.wijkschets.ui.perspectieven.PerspectievenWidgetKeys;

/**
 * The Handelingsperspectieven page of the wijkschets editor on a new wijkschets of Delfshaven in a Rotterdam
 * analysis, driven with the real pointer and keyboard: intensities in the matrix, the mix summary, a measure with
 * all its fields, a buurt refinement with its own intensity, undo and redo through Edit, the Properties view, the
 * validation message in the page header, and Save writing it all to the file.
 */
class WijkschetsPerspectievenTest extends MapTestBase {

	private static final String PROJECT = "PerspectievenTest";
	private static final Handelingsperspectief SOCIAAL = Handelingsperspectief.SOCIALE_AANPAK;
	private static final Handelingsperspectief WONINGEN = Handelingsperspectief.WONINGPROGRAMMA;

	private IFile file;
	private WijkschetsEditor editor;
	private HandelingsperspectievenPage page;

	@BeforeEach
	void openThePage() throws Exception {
		shell.setBounds(0, 0, 1600, 1000);
		file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = WijkschetsFixture.openDelfshaven(workbenchPage, file);
		page = (HandelingsperspectievenPage) editor.setActivePage(HandelingsperspectievenPage.ID);
		maximize();
		robot.waitUntil("the Handelingsperspectieven page", () -> page.getManagedForm() != null
				&& page.getPartControl() != null && page.getPartControl().isVisible());
		robot.settle(300);
	}

	@AfterEach
	void closeTheEditor() throws Exception {
		if (editor != null) {
			IWorkbenchPage workbenchPage = editor.getSite().getPage();
			workbenchPage.setPartState(workbenchPage.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			workbenchPage.closeEditor(editor, false);
		}
		robot.settle(100);
		WijkschetsFixture.delete(PROJECT);
	}

	@Test
	void fillInTheMixMeasuresAndBuurtenUndoRedoAndSave() throws Exception {
		Label summary = widget(PerspectievenWidgetKeys.SUMMARY, Label.class);
		Combo chooser = widget(PerspectievenWidgetKeys.CHOOSER, Combo.class);
		assertEquals("Mix: nog geen handelingsperspectief ingezet", summary.getText());

		// two intensities, clicked in the matrix
		clickSegment(widget(MatrixWidgetKeys.intensity(SOCIAAL), IntensityControl.class), 3);
		clickSegment(widget(MatrixWidgetKeys.intensity(WONINGEN), IntensityControl.class), 4);
		assertEquals(3, inzet(SOCIAAL).getIntensity());
		assertEquals(4, inzet(WONINGEN).getIntensity());
		assertEquals("Mix: sociale aanpak fors, woningprogramma vol op het orgel", summary.getText(),
				"the summary follows the intensities");
		assertEquals(WONINGEN, page.getShownPerspective(), "the page follows the quadrant the user works in");
		assertEquals("Woningprogramma: vol op het orgel", chooser.getText());
		robot.screenshot("wijkschets-perspectieven-1600");

		// a measure with all its fields, cell by cell
		Table measures = widget(PerspectievenWidgetKeys.MEASURES, Table.class);
		click(widget(PerspectievenWidgetKeys.MEASURE_ADD, Button.class));
		assertEquals(1, inzet(WONINGEN).getMaatregelen().size(), "Toevoegen adds a measure");
		waitForCellEditor(measures);
		type("Sloop en nieuwbouw Bospolder");
		robot.xdotool("key", "Return");
		robot.settle(200);
		Maatregel measure = inzet(WONINGEN).getMaatregelen().get(0);
		assertEquals("Sloop en nieuwbouw Bospolder", measure.getDescription());
		editCell(measures, 0, 1, "Havensteder");
		chooseInCell(measures, 0, 2, PerspectievenWidgetKeys.MEASURE_CHOICE_EDITOR, 3);
		assertEquals(Kostenklasse.HOOG, measure.getCostClass(), "the cost class chosen in its cell");
		editCell(measures, 0, 3, "2025");
		editCell(measures, 0, 4, "2031");
		editCell(measures, 0, 4, "20x1");
		assertEquals("Havensteder", measure.getOwner());
		assertEquals(2025, measure.getStartYear());
		assertEquals(2031, measure.getEndYear(), "a year that is not one is not taken");
		assertEquals("2031", measures.getItem(0).getText(4));
		assertArrayEquals(new String[] { "Sloop en nieuwbouw Bospolder" },
				widget(MatrixWidgetKeys.measures(WONINGEN), org.eclipse.swt.widgets.List.class).getItems(),
				"the quadrant lists the same measure");

		// the Properties view shows the selected measure
		clickCell(measures, 0, 0);
		robot.xdotool("key", "Escape");
		robot.settle(200);
		Map<String, String> properties = propertiesShown();
		assertTrue(properties.containsValue("Sloop en nieuwbouw Bospolder") && properties.containsValue("Havensteder")
				&& properties.containsValue("2031"), "the Properties view shows the measure: " + properties);
		maximize();
		assertEquals(WONINGEN, page.getShownPerspective(), "activating the editor again keeps the perspective");

		// a refinement for a buurt of Delfshaven with its own intensity
		Buurt buurt = delfshavenBuurten().get(0);
		Combo buurten = widget(PerspectievenWidgetKeys.REFINEMENT_BUURT, Combo.class);
		assertEquals(delfshavenBuurten().size(), buurten.getItemCount(), "every buurt of Delfshaven is offered");
		choose(buurten, buurt.getName() + " (" + buurt.getCode() + ")");
		choose(widget(PerspectievenWidgetKeys.REFINEMENT_INTENSITY, Combo.class), "2 \u2013 gemiddeld");
		Button addRefinement = widget(PerspectievenWidgetKeys.REFINEMENT_ADD, Button.class);
		assertTrue(addRefinement.isEnabled(), "a buurt chosen, it can be added");
		click(addRefinement);
		assertEquals(1, inzet(WONINGEN).getBuurtVerfijningen().size(), "Toevoegen adds the refinement");
		BuurtVerfijning verfijning = inzet(WONINGEN).getBuurtVerfijningen().get(0);
		assertEquals(buurt, verfijning.getBuurt());
		assertEquals(2, verfijning.getIntensity());
		assertEquals(delfshavenBuurten().size() - 1, buurten.getItemCount(), "a refined buurt is not offered again");
		Table refinements = widget(PerspectievenWidgetKeys.REFINEMENTS, Table.class);
		assertEquals("2 \u2013 gemiddeld", refinements.getItem(0).getText(1));
		editCell(refinements, 0, 2, "Alleen de blokken aan de Schiedamseweg");
		assertEquals("Alleen de blokken aan de Schiedamseweg", verfijning.getNote());
		assertEquals("Mix: sociale aanpak fors, woningprogramma vol op het orgel (1 buurt anders)", summary.getText(),
				"the summary shows that a buurt is refined");
		assertEquals("Woningprogramma: vol op het orgel, 1 buurt anders", chooser.getText());
		reveal(refinements);
		robot.screenshot("wijkschets-perspectieven-details-1600");

		// undo the note, redo it: one command each
		execute("org.eclipse.ui.edit.undo");
		assertNull(verfijning.getNote(), "Edit > Undo takes the note back");
		assertEquals(2, verfijning.getIntensity(), "and only the note");
		assertEquals("", refinements.getItem(0).getText(2), "the table follows the undo");
		execute("org.eclipse.ui.edit.redo");
		assertEquals("Alleen de blokken aan de Schiedamseweg", verfijning.getNote(), "Edit > Redo brings it back");

		// a rule of the validator broken elsewhere (the Properties view takes any number) shows in the header
		ScrolledForm form = page.getManagedForm().getForm();
		assertEquals(IMessageProvider.NONE, form.getMessageType(), form.getMessage());
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), verfijning,
				VeerkrachtPackage.Literals.BUURT_VERFIJNING__INTENSITY, 7));
		robot.settle(200);
		assertEquals(IMessageProvider.ERROR, form.getMessageType());
		assertTrue(form.getMessage().contains("intensiteit") && form.getMessage().contains("7"), form.getMessage());
		assertEquals("7 \u2013 buiten de schaal (7)", refinements.getItem(0).getText(1), "the table shows it as it is");
		execute("org.eclipse.ui.edit.undo");
		assertEquals(IMessageProvider.NONE, form.getMessageType(), "undone, the header is clear again");
		Buurt elsewhere = ((Wijk) editor.getWijkschets().getGebied()).getGemeente().getWijken().stream()
				.filter(wijk -> wijk != editor.getWijkschets().getGebied() && !wijk.getBuurten().isEmpty()).findFirst()
				.orElseThrow().getBuurten().get(0);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), verfijning,
				VeerkrachtPackage.Literals.BUURT_VERFIJNING__BUURT, elsewhere));
		robot.settle(200);
		assertEquals(IMessageProvider.ERROR, form.getMessageType());
		assertTrue(form.getMessage().contains(elsewhere.getCode()) && form.getMessage().contains("niet in wijk 'Delfshaven'"),
				form.getMessage());
		assertTrue(refinements.getItem(0).getText(0).endsWith("niet in deze wijk"), refinements.getItem(0).getText(0));
		execute("org.eclipse.ui.edit.undo");
		assertEquals(IMessageProvider.NONE, form.getMessageType(), form.getMessage());

		// saved, the file has it all
		assertTrue(editor.isDirty());
		execute("org.eclipse.ui.file.save");
		robot.waitUntil("the editor saved", () -> !editor.isDirty());
		Analyse saved = AnalyseFiles.load(Path.of(file.getLocationURI()));
		Wijkschets schets = saved.getWijkschetsen().get(0);
		PerspectiefInzet woningen = schets.getPerspectiefMix().stream().filter(i -> i.getPerspective() == WONINGEN)
				.findFirst().orElseThrow();
		assertEquals(4, woningen.getIntensity());
		Maatregel savedMeasure = woningen.getMaatregelen().get(0);
		assertEquals(List.of("Sloop en nieuwbouw Bospolder", "Havensteder", Kostenklasse.HOOG, 2025, 2031),
				List.of(savedMeasure.getDescription(), savedMeasure.getOwner(), savedMeasure.getCostClass(),
						savedMeasure.getStartYear(), savedMeasure.getEndYear()));
		BuurtVerfijning savedRefinement = woningen.getBuurtVerfijningen().get(0);
		assertEquals(buurt.getCode(), savedRefinement.getBuurt().getCode());
		assertEquals(2, savedRefinement.getIntensity());
		assertEquals("Alleen de blokken aan de Schiedamseweg", savedRefinement.getNote());
	}

	@Test
	void measuresMoveAndGoAndRefinementsGiveTheirBuurtBack() throws Exception {
		Combo chooser = widget(PerspectievenWidgetKeys.CHOOSER, Combo.class);
		choose(chooser, chooser.getItem(Handelingsperspectief.VALUES.indexOf(Handelingsperspectief.LEEFOMGEVING)));
		assertEquals(Handelingsperspectief.LEEFOMGEVING, page.getShownPerspective(), "the chooser chooses the perspective");
		Table measures = widget(PerspectievenWidgetKeys.MEASURES, Table.class);
		for (String description : List.of("Speelplek", "Groen schoolplein", "Verlichting")) {
			click(widget(PerspectievenWidgetKeys.MEASURE_ADD, Button.class));
			waitForCellEditor(measures);
			type(description);
			robot.xdotool("key", "Return");
			robot.settle(200);
		}
		assertEquals(List.of("Speelplek", "Groen schoolplein", "Verlichting"), descriptions(Handelingsperspectief.LEEFOMGEVING));
		Button up = widget(PerspectievenWidgetKeys.MEASURE_UP, Button.class);
		Button down = widget(PerspectievenWidgetKeys.MEASURE_DOWN, Button.class);
		Button remove = widget(PerspectievenWidgetKeys.MEASURE_REMOVE, Button.class);
		assertFalse(down.isEnabled(), "the last measure cannot go down");
		click(up);
		assertEquals(List.of("Speelplek", "Verlichting", "Groen schoolplein"), descriptions(Handelingsperspectief.LEEFOMGEVING),
				"Omhoog moves the selected measure up");
		click(up);
		assertFalse(up.isEnabled(), "the first measure cannot go up");
		click(down);
		assertEquals(List.of("Speelplek", "Verlichting", "Groen schoolplein"), descriptions(Handelingsperspectief.LEEFOMGEVING),
				"Omlaag moves it down");
		click(remove);
		assertEquals(List.of("Speelplek", "Groen schoolplein"), descriptions(Handelingsperspectief.LEEFOMGEVING),
				"Verwijderen removes the selected measure");
		assertArrayEquals(new String[] { "Speelplek", "Groen schoolplein" },
				widget(MatrixWidgetKeys.measures(Handelingsperspectief.LEEFOMGEVING), org.eclipse.swt.widgets.List.class).getItems());
		execute("org.eclipse.ui.edit.undo");
		assertEquals(List.of("Speelplek", "Verlichting", "Groen schoolplein"), descriptions(Handelingsperspectief.LEEFOMGEVING),
				"undo brings the measure back in its place");

		Combo buurten = widget(PerspectievenWidgetKeys.REFINEMENT_BUURT, Combo.class);
		Button add = widget(PerspectievenWidgetKeys.REFINEMENT_ADD, Button.class);
		assertFalse(add.isEnabled(), "no buurt chosen yet");
		int offered = buurten.getItemCount();
		String first = buurten.getItem(0);
		choose(buurten, first);
		click(add);
		assertFalse(Arrays.asList(buurten.getItems()).contains(first), "the refined buurt is no longer offered");
		BuurtVerfijning verfijning = inzet(Handelingsperspectief.LEEFOMGEVING).getBuurtVerfijningen().get(0);
		assertEquals(0, verfijning.getIntensity(), "a new refinement starts at the perspective's intensity");
		Table refinements = widget(PerspectievenWidgetKeys.REFINEMENTS, Table.class);
		chooseInCell(refinements, 0, 1, PerspectievenWidgetKeys.REFINEMENT_CHOICE_EDITOR, 3);
		assertEquals(3, verfijning.getIntensity(), "its own intensity, chosen in its cell");
		assertEquals("3 \u2013 fors", refinements.getItem(0).getText(1));
		assertTrue(widget(PerspectievenWidgetKeys.SUMMARY, Label.class).getText().endsWith("leefomgeving geen (1 buurt anders)"),
				widget(PerspectievenWidgetKeys.SUMMARY, Label.class).getText());
		click(widget(PerspectievenWidgetKeys.REFINEMENT_REMOVE, Button.class));
		assertEquals(List.of(), inzet(Handelingsperspectief.LEEFOMGEVING).getBuurtVerfijningen(), "Verwijderen removes it");
		assertEquals(offered, buurten.getItemCount(), "and its buurt is offered again");
	}

	@Test
	void thePageReadsOnAProjector() {
		shell.setBounds(0, 0, 1280, 800);
		robot.settle(300);
		clickSegment(widget(MatrixWidgetKeys.intensity(SOCIAAL), IntensityControl.class), 2);
		clickSegment(widget(MatrixWidgetKeys.intensity(Handelingsperspectief.HERPOSITIONERING), IntensityControl.class), 4);
		clickSegment(widget(MatrixWidgetKeys.intensity(Handelingsperspectief.LEEFOMGEVING), IntensityControl.class), 1);
		FormToolkit.ensureVisible(widget(PerspectievenWidgetKeys.SUMMARY, Label.class));
		robot.settle(200);
		robot.screenshot("wijkschets-perspectieven-1280");
		Table measures = widget(PerspectievenWidgetKeys.MEASURES, Table.class);
		reveal(measures);
		robot.screenshot("wijkschets-perspectieven-1280-details");
		Label summary = widget(PerspectievenWidgetKeys.SUMMARY, Label.class);
		assertTrue(summary.getSize().y >= summary.computeSize(summary.getSize().x, SWT.DEFAULT).y,
				"the summary is not cut off: " + summary.getText());
		for (String id : List.of(PerspectievenWidgetKeys.MEASURE_ADD, PerspectievenWidgetKeys.MEASURE_REMOVE,
				PerspectievenWidgetKeys.MEASURE_UP, PerspectievenWidgetKeys.MEASURE_DOWN, PerspectievenWidgetKeys.REFINEMENT_ADD,
				PerspectievenWidgetKeys.REFINEMENT_REMOVE)) {
			Button button = widget(id, Button.class);
			assertTrue(button.getSize().x >= button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, button.getText() + " is not cut off");
		}
		Rectangle onScreen = measures.getDisplay().map(measures.getParent(), null, measures.getBounds());
		assertTrue(onScreen.x + onScreen.width <= 1280, "the measures table lies inside the projector's width: " + onScreen);
	}

	// --- helpers

	private <W extends org.eclipse.swt.widgets.Widget> W widget(String id, Class<W> type) {
		return robot.widget(shell, id, type);
	}

	private PerspectiefInzet inzet(Handelingsperspectief perspective) {
		return editor.getWijkschets().getPerspectiefMix().stream().filter(i -> i.getPerspective() == perspective)
				.findFirst().orElseThrow();
	}

	private List<String> descriptions(Handelingsperspectief perspective) {
		return inzet(perspective).getMaatregelen().stream().map(Maatregel::getDescription).toList();
	}

	private List<Buurt> delfshavenBuurten() {
		return ((Wijk) editor.getWijkschets().getGebied()).getBuurten().stream()
				.sorted(Comparator.comparing(Buurt::getName)).toList();
	}

	/** Maximizes the editor, as a workshop on a projector does, so that the whole page has the window. */
	private void maximize() {
		IWorkbenchPage workbenchPage = editor.getSite().getPage();
		workbenchPage.activate(editor);
		workbenchPage.setPartState(workbenchPage.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		robot.settle(400);
	}

	private void waitForCellEditor(Table table) {
		robot.waitUntil("a cell of the table open for typing",
				() -> display.getFocusControl() instanceof Text text && text.getParent() == table);
	}

	private void reveal(Control control) {
		FormToolkit.ensureVisible(control);
		robot.settle(200);
	}

	private void clickSegment(IntensityControl control, int segment) {
		reveal(control);
		Rectangle box = control.segmentBounds(segment);
		clickAt(control, box.x + box.width / 2, box.y + box.height / 2);
	}

	private void click(Control control) {
		reveal(control);
		clickAt(control, control.getSize().x / 2, control.getSize().y / 2);
	}

	private void clickAt(Control control, int x, int y) {
		Point onScreen = control.toDisplay(x, y);
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		robot.settle(250);
	}

	private void clickCell(Table table, int row, int column) {
		reveal(table);
		Rectangle cell = table.getItem(row).getBounds(column);
		clickAt(table, cell.x + Math.min(20, cell.width / 2), cell.y + cell.height / 2);
	}

	/**
	 * Opens a cell with a choice with a click, which drops its list down, moves down the list with the arrow key and
	 * takes the choice with Return.
	 */
	private void chooseInCell(Table table, int row, int column, String editorId, int steps) {
		clickCell(table, row, column);
		CCombo combo = widget(editorId, CCombo.class);
		robot.waitUntil("the list of choices dropped down", combo::getListVisible);
		robot.settle(200);
		for (int i = 0; i < steps; i++) {
			robot.xdotool("key", "Down");
		}
		robot.settle(100);
		robot.xdotool("key", "Return");
		robot.settle(300);
		assertEquals(table, display.getFocusControl(), "Return takes the choice and closes the cell");
	}

	/** Opens a cell with a click, replaces its text with typing and applies it with Return. */
	private void editCell(Table table, int row, int column, String text) {
		clickCell(table, row, column);
		robot.xdotool("key", "ctrl+a");
		type(text);
		robot.xdotool("key", "Return");
		robot.settle(250);
	}

	private void type(String text) {
		robot.xdotool("type", "--delay", "20", text);
		robot.settle(100);
	}

	private void execute(String commandId) throws Exception {
		editor.getSite().getPage().activate(editor);
		robot.settle(50);
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		robot.settle(200);
	}

	/** The rows of the Properties view, as display name to value, categories expanded. */
	private Map<String, String> propertiesShown() throws PartInitException {
		IWorkbenchPage workbenchPage = editor.getSite().getPage();
		PropertySheet sheet = (PropertySheet) workbenchPage.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		workbenchPage.bringToTop(sheet);
		robot.settle(200);
		Tree tree = (Tree) sheet.getCurrentPage().getControl();
		Map<String, String> rows = new LinkedHashMap<>();
		collect(tree, tree.getItems(), rows);
		return rows;
	}

	private void collect(Tree tree, TreeItem[] items, Map<String, String> rows) {
		for (TreeItem item : items) {
			if (item.getItemCount() > 0 && !item.getExpanded()) {
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Expand, event);
				item.setExpanded(true);
				robot.settle(20);
			}
			rows.put(item.getText(0), item.getText(1));
			collect(tree, item.getItems(), rows);
		}
	}
}
