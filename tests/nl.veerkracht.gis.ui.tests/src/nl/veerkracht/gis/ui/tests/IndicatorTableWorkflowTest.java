package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.Contribution;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.Role;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.run.DroppedIndicator;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.BuurtReference;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.table.IndicatorTableKeys;
import nl.veerkracht.scoring.ui.table.IndicatorTableView;

/**
 * The Indicatoren view on the Rotterdam signal map (KWB 2014–2016) in the real workbench: one row per
 * buurt under the pinned gemeente row, sorted with real clicks on a header (missing values last both ways),
 * the indicator cells switched to normalised values and contributions, rows and map features selected both
 * ways, a rescore that keeps sort and selection, a filter typed, rows copied for a spreadsheet, the whole
 * table exported as CSV, the missing indicators explained, and the empty state without a signal map.
 */
class IndicatorTableWorkflowTest extends InteractionTestBase {

	private static final String MISSING = "\u2013";
	private static final int GEMEENTE_ROW = 0;

	private IndicatorTableView view;

	@AfterEach
	void hideTheView() {
		if (view != null) {
			maximise(false);
			view.getSite().getPage().hideView(view);
			view = null;
		}
	}

	@Test
	void sortSwitchModesSelectBothWaysAndRescore() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		Table table = openView(session);
		maximise(true);
		ScoringState state = session.state();
		int buurten = state.run().table().regionCount();
		assertEquals(buurten + 1, table.getItemCount(), "the gemeente reference row and one row per buurt of the run");
		assertEquals(SignalMapFixture.GEMEENTE, text(table, GEMEENTE_ROW, "bu_code"));
		assertEquals("Gemeente (referentie)", text(table, GEMEENTE_ROW, "naam"));
		assertGemeenteValue(table, state, "laag_inkomen");
		assertEquals("Kwetsbaarheid", column(table, "kwetsbaarheid").getText());
		assertTrue(column(table, "laag_inkomen").getText().startsWith("Huishoudens met een laag inkomen (%)"),
				column(table, "laag_inkomen").getText());

		clickHeader(table, "kwetsbaarheid");
		assertEquals(column(table, "kwetsbaarheid"), table.getSortColumn(), "the sort indicator is on the clicked column");
		assertEquals(SWT.UP, table.getSortDirection());
		assertSortedByKwetsbaarheid(table, session.state(), true);
		screenshot("indicator-table-sorted");
		robot.settle(800); // not a double click
		clickHeader(table, "kwetsbaarheid");
		assertEquals(SWT.DOWN, table.getSortDirection(), "a second click turns the order round");
		assertSortedByKwetsbaarheid(table, session.state(), false);

		Combo mode = robot.widget(shell, IndicatorTableKeys.MODE, Combo.class);
		choose(mode, "Genormaliseerd (z-score)");
		assertTrue(column(table, "laag_inkomen").getText().endsWith("(z)"), column(table, "laag_inkomen").getText());
		int indicator = state.run().table().indicatorIndexOf("laag_inkomen");
		for (int row = 1; row <= 5; row++) {
			int region = regionOfRow(table, state, row);
			double z = state.run().engine().normalised(state.year()).value(0, indicator, region);
			assertCell(table, row, "laag_inkomen", z, 0.005, "the normalised value of " + code(table, row));
		}
		choose(mode, "Bijdrage aan kwetsbaarheid");
		assertContributionsAsExplained(table, state, 1);
		screenshot("indicator-table-contributions");
		choose(mode, "Ruwe waarden");
		assertTrue(column(table, "laag_inkomen").getText().endsWith("(%)"));

		maximise(false);
		clickRow(table, 2);
		String chosen = code(table, 2);
		assertEquals(List.of(chosen), session.klasseLayer().getSelection().stream().map(Feature::getId).toList(),
				"the selected row's buurt is selected on the klasse layer");
		IStructuredSelection published = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		assertEquals(List.of(new BuurtReference(chosen, text(table, 2, "naam"))), published.toList(),
				"the view publishes the buurt for the Buurtprofiel");
		waitForFrame();
		screenshot("indicator-table-row-selected");

		int last = table.getItemCount() - 1;
		String far = code(table, last);
		Feature farFeature = session.klasseLayer().getFeatures().getFeatures().stream().filter(f -> f.getId().equals(far))
				.findFirst().orElseThrow();
		session.map().setSelection(session.klasseLayer(), List.of(farFeature));
		robot.waitUntil("the row of the buurt selected on the map",
				() -> Arrays.equals(new int[] { last }, table.getSelectionIndices()));
		robot.settle(200);
		assertTrue(isRowVisible(table, last), "the row scrolled into view");

		Map<String, String> before = kwetsbaarheidByCode(table);
		Weights heavierWoz = state.weights().with("woz_waarde", 4.0).with("laag_inkomen", 0.0);
		session.setWeights(heavierWoz);
		robot.waitForJobs("the rescore", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the view to show the new weights",
				() -> view.getState().map(shown -> shown.weights().equals(heavierWoz)).orElse(false));
		ScoringState rescored = session.state();
		assertEquals(column(table, "kwetsbaarheid"), table.getSortColumn(), "the sort column is kept");
		assertEquals(SWT.DOWN, table.getSortDirection(), "the sort direction is kept");
		assertSortedByKwetsbaarheid(table, rescored, false);
		Map<String, String> after = kwetsbaarheidByCode(table);
		assertEquals(before.keySet(), after.keySet());
		assertTrue(before.keySet().stream().filter(code -> !before.get(code).equals(after.get(code))).count() > buurten / 2,
				"other weights give most buurten other kwetsbaarheid cells: " + before + " / " + after);
		int selectedRow = table.getSelectionIndex();
		assertEquals(1, table.getSelectionCount(), "the selection is kept");
		assertEquals(far, code(table, selectedRow), "the same buurt stays selected after the rescore");
		screenshot("indicator-table-rescored");
	}

	@Test
	void filterCopyExportAndExplainMissingIndicators(@TempDir Path folder) throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		Table table = openView(session);
		maximise(true);
		ScoringState state = session.state();
		int buurten = state.run().table().regionCount();

		Text filter = robot.widget(shell, IndicatorTableKeys.FILTER, Text.class);
		click(filter.toDisplay(Math.min(40, filter.getSize().x / 2), filter.getSize().y / 2));
		robot.xdotool("type", "--delay", "40", "zuid");
		long matching = state.run().table().regions().stream()
				.filter(r -> r.name().toLowerCase(Locale.ROOT).contains("zuid") || r.code().toLowerCase(Locale.ROOT).contains("zuid"))
				.count();
		assertTrue(matching >= 1 && matching < buurten, "the filter word matches some buurten: " + matching);
		robot.waitUntil("the filter to keep the buurten with 'zuid'", () -> table.getItemCount() == matching + 1);
		for (int row = 1; row < table.getItemCount(); row++) {
			assertTrue(text(table, row, "naam").toLowerCase(Locale.ROOT).contains("zuid"), text(table, row, "naam"));
		}
		assertEquals(SignalMapFixture.GEMEENTE, text(table, GEMEENTE_ROW, "bu_code"), "the gemeente row stays on top");
		Label status = robot.widget(shell, IndicatorTableKeys.STATUS, Label.class);
		assertTrue(status.getText().startsWith(matching + " van " + buurten + " buurten"), status.getText());
		screenshot("indicator-table-filtered");
		filter.setText("");
		robot.waitUntil("all buurten again", () -> table.getItemCount() == buurten + 1);

		clickRow(table, 1);
		clickRow(table, 2, "shift");
		robot.xdotool("key", "ctrl+c");
		robot.settle(200);
		Clipboard clipboard = new Clipboard(display);
		String copied = (String) clipboard.getContents(TextTransfer.getInstance());
		clipboard.dispose();
		List<String> lines = copied == null ? List.of() : copied.lines().toList();
		assertEquals(3, lines.size(), "a header and the two selected rows: " + copied);
		assertTrue(lines.get(0).startsWith("Buurtcode\tBuurtnaam\tInwoners\tHuishoudens met een laag inkomen (%)"), lines.get(0));
		List<String> headers = List.of(lines.get(0).split("\t", -1));
		for (int line = 1; line <= 2; line++) {
			String[] cells = lines.get(line).split("\t", -1);
			assertEquals(headers.size(), cells.length, lines.get(line));
			int region = state.regionIndexOf(cells[0]);
			assertEquals(code(table, line), cells[0], "rows in table order");
			double composite = state.result().scores().composite(region);
			String copiedScore = cells[headers.indexOf("Kwetsbaarheid")];
			if (Double.isNaN(composite)) {
				assertEquals("", copiedScore, "a missing score is an empty cell, never 0");
			} else {
				assertFalse(copiedScore.contains("."), "no thousands dots or decimal points: " + copiedScore);
				assertEquals(composite, Double.parseDouble(copiedScore.replace(',', '.')), 1e-9, "full precision, decimal comma");
			}
		}

		Path csv = folder.resolve("indicatoren.csv");
		Job export = view.exportCsv(csv).orElseThrow();
		export.join();
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		byte[] bytes = Files.readAllBytes(csv);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 with a BOM");
		List<String> rows = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertEquals(buurten + 1, rows.size(), "a header and every buurt, whatever the filter");
		assertEquals(table.getColumnCount(), rows.get(0).split(";", -1).length, "all columns: " + rows.get(0));
		assertTrue(rows.get(0).startsWith("Buurtcode;Buurtnaam;Inwoners;"), rows.get(0));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(csv), files.toList(), "no temporary file is left behind");
		}

		clickHeader(table, "klasse");
		int klasseColumn = columnById(table, "klasse");
		int previous = -1;
		boolean noData = false;
		for (int row = 1; row < table.getItemCount(); row++) {
			Klasse klasse = state.result().scores().klasse(regionOfRow(table, state, row));
			assertEquals(klasse.label(), text(table, row, "klasse"));
			assertTrue(table.getItem(row).getImage(klasseColumn) != null, "the klasse cell of row " + row + " has its colour swatch");
			if (klasse == Klasse.GEEN_GEGEVENS) {
				noData = true;
			} else {
				assertFalse(noData, "geen gegevens sorts last, row " + row);
				assertTrue(klasse.ordinal() >= previous, "classes from veerkrachtig to zeer kwetsbaar, row " + row);
				previous = klasse.ordinal();
			}
		}

		Label info = robot.widget(shell, IndicatorTableKeys.INFO, Label.class);
		List<DroppedIndicator> dropped = state.run().dropped();
		assertTrue(info.getText().startsWith(state.year() + " \u00b7 referentie: de eigen gemeente"), info.getText());
		Text details = robot.widget(shell, IndicatorTableKeys.INFO_DETAILS, Text.class);
		if (dropped.isEmpty()) {
			assertFalse(info.getText().contains("ontbreken"), info.getText());
		} else {
			assertTrue(info.getText().endsWith(dropped.size() == 1 ? "1 indicator ontbreekt" : dropped.size() + " indicatoren ontbreken"),
					info.getText());
			assertFalse(details.isVisible(), "the reasons start folded");
			Link toggle = robot.widget(shell, IndicatorTableKeys.INFO_TOGGLE, Link.class);
			click(toggle.toDisplay(toggle.getSize().x / 2, toggle.getSize().y / 2));
			robot.waitUntil("the reasons to unfold", details::isVisible);
			for (DroppedIndicator indicator : dropped) {
				assertTrue(details.getText().contains(indicator.id()) && details.getText().contains(indicator.reason()),
						"the reason for " + indicator.id() + " in: " + details.getText());
			}
		}
		screenshot("indicator-table-missing-indicators");
	}

	@Test
	void withoutASignalMapTheViewSaysWhatItWillShow() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		Table table = openView(session);
		Label empty = robot.widget(shell, IndicatorTableKeys.EMPTY, Label.class);
		assertFalse(empty.isVisible());
		maximise(true);
		session.close();
		robot.waitUntil("the explanation instead of the table", () -> empty.isVisible() && !table.isVisible());
		assertTrue(view.getState().isEmpty());
		assertTrue(empty.getText().startsWith("Er is nog geen signaleringskaart."), empty.getText());
		screenshot("indicator-table-empty");
		SignalMapSession again = SignalMapFixture.showRotterdam(mapView);
		robot.waitUntil("the table for the new signal map", () -> table.isVisible() && view.getState().isPresent());
		assertEquals(again.state().run().table().regionCount() + 1, table.getItemCount());
	}

	// --- helpers

	private Table openView(SignalMapSession session) throws Exception {
		IWorkbenchPage page = mapView.getSite().getPage();
		view = (IndicatorTableView) page.showView(IndicatorTableView.ID);
		page.activate(view);
		robot.waitUntil("the view to show the signal map",
				() -> view.getState().map(shown -> shown == session.state()).orElse(false));
		robot.settle(300);
		return robot.widget(shell, IndicatorTableKeys.TABLE, Table.class);
	}

	private static int columnById(Table table, String id) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (IndicatorTableKeys.column(id).equals(WidgetKeys.get(columns[i]))) {
				return i;
			}
		}
		throw new AssertionError("no column " + id);
	}

	private static TableColumn column(Table table, String id) {
		return table.getColumn(columnById(table, id));
	}

	private static String text(Table table, int row, String id) {
		return table.getItem(row).getText(columnById(table, id));
	}

	private static String code(Table table, int row) {
		return text(table, row, "bu_code");
	}

	private static Map<String, String> kwetsbaarheidByCode(Table table) {
		Map<String, String> texts = new HashMap<>();
		for (int row = 1; row < table.getItemCount(); row++) {
			texts.put(code(table, row), text(table, row, "kwetsbaarheid"));
		}
		return texts;
	}

	private static int regionOfRow(Table table, ScoringState state, int row) {
		int region = state.regionIndexOf(code(table, row));
		assertTrue(region >= 0, "row " + row + " is a buurt of the run");
		return region;
	}

	/** Parses a Dutch number as the screen shows it ("1.234,5", "+0,012"). */
	private static double dutch(String text) {
		return Double.parseDouble(text.replace(".", "").replace(',', '.').replace("+", "").replace(" %", ""));
	}

	private static void assertCell(Table table, int row, String id, double expected, double tolerance, String what) {
		String shown = text(table, row, id);
		if (Double.isNaN(expected)) {
			assertEquals(MISSING, shown, what + " is missing, shown as missing");
		} else {
			assertEquals(expected, dutch(shown), tolerance, what + ": " + shown);
		}
	}

	private void assertGemeenteValue(Table table, ScoringState state, String indicatorId) {
		IndicatorValue value = state.run().gemeenteValue(SignalMapFixture.GEMEENTE, indicatorId, state.year()).orElseThrow();
		assertCell(table, GEMEENTE_ROW, indicatorId, value.value(), 0.05, "the gemeente's own " + indicatorId);
	}

	/** Every buurt row ordered on kwetsbaarheid in the direction, the buurten without one last, shown as missing. */
	private static void assertSortedByKwetsbaarheid(Table table, ScoringState state, boolean ascending) {
		List<Double> values = new ArrayList<>();
		int missing = 0;
		for (int row = 1; row < table.getItemCount(); row++) {
			double composite = state.result().scores().composite(regionOfRow(table, state, row));
			if (Double.isNaN(composite)) {
				assertEquals(MISSING, text(table, row, "kwetsbaarheid"), "a buurt without kwetsbaarheid shows it as missing");
				missing++;
			} else {
				assertEquals(0, missing, "row " + row + " has a value after a missing one: missing values sort last");
				assertEquals(composite, dutch(text(table, row, "kwetsbaarheid")), 0.005, "row " + row);
				values.add(composite);
			}
		}
		assertTrue(missing > 0, "Rotterdam has buurten without kwetsbaarheid, so missing-last is tested");
		for (int i = 1; i < values.size(); i++) {
			double step = values.get(i) - values.get(i - 1);
			assertTrue(ascending ? step >= 0 : step <= 0, "sorted " + (ascending ? "up" : "down") + " at " + i + ": " + values);
		}
	}

	/** The contribution cells of a row equal the engine's explanation, and sum to the kwetsbaarheid. */
	private static void assertContributionsAsExplained(Table table, ScoringState state, int row) {
		int region = regionOfRow(table, state, row);
		List<Contribution> lines = state.run().engine().explain(code(table, row), state.year(), state.weights()).contributions();
		double sum = 0;
		for (Contribution line : lines) {
			IndicatorSpec spec = line.spec();
			if (line.contributes()) {
				assertCell(table, row, spec.id(), line.contribution(), 0.0006, "the contribution of " + spec.id());
				sum += dutch(text(table, row, spec.id()));
			} else {
				assertEquals(MISSING, text(table, row, spec.id()), spec.id() + " (" + spec.role() + ") adds nothing: no 0 shown");
			}
			if (spec.role() != Role.KWETSBAARHEID) {
				assertEquals(MISSING, text(table, row, spec.id()));
			}
		}
		double composite = state.result().scores().composite(region);
		if (!Double.isNaN(composite)) {
			assertEquals(composite, sum, 0.0006 * lines.size(), "the contributions add up to the kwetsbaarheid");
		}
	}

	/** Clicks a row's first cell with the real pointer, scrolling the table to it first. */
	private void clickRow(Table table, int row, String... modifiers) {
		table.showItem(table.getItem(row));
		robot.settle(150);
		click(rowCentre(table, row), modifiers);
	}

	/**
	 * Clicks a column header with the real pointer. The column is first moved to the front, as a user drags
	 * a header, so that it is in view without scrolling sideways (GTK reports cell bounds of a sideways
	 * scrolled table inconsistently, so a click position computed there is unreliable).
	 */
	private void clickHeader(Table table, String id) {
		int column = columnById(table, id);
		int[] order = table.getColumnOrder();
		if (order[0] != column) {
			int[] moved = new int[order.length];
			moved[0] = column;
			int next = 1;
			for (int index : order) {
				if (index != column) {
					moved[next++] = index;
				}
			}
			table.setColumnOrder(moved);
			robot.settle(200);
		}
		assertEquals(0, table.getHorizontalBar().getSelection(), "the table is not scrolled sideways");
		Rectangle cell = table.getItem(table.getTopIndex()).getBounds(column);
		org.eclipse.swt.graphics.Point target = table.toDisplay(cell.x + cell.width / 2, cell.y - table.getHeaderHeight() / 2);
		TableColumn before = table.getSortColumn();
		int direction = table.getSortDirection();
		click(target);
		robot.waitUntil("the click on the header of " + id + " at " + target + " to sort",
				() -> table.getSortColumn() != before || table.getSortDirection() != direction);
	}

	/** Maximises the view or restores it, as a double click on its tab does. */
	private void maximise(boolean maximised) {
		IWorkbenchPage page = view.getSite().getPage();
		page.setPartState(page.getReference(view), maximised ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED);
		robot.settle(300);
	}

	/** Lets the screen catch up, then saves a screenshot. */
	private void screenshot(String name) {
		robot.settle(400);
		robot.screenshot(name);
	}

	private static boolean isRowVisible(Table table, int row) {
		Rectangle item = table.getItem(row).getBounds(0);
		Rectangle area = table.getClientArea();
		return item.y >= 0 && item.y + item.height / 2 <= area.y + area.height;
	}
}
