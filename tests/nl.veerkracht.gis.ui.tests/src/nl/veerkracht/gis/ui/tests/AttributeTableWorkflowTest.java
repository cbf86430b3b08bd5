package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.table.AttributeTableView;
import nl.veerkracht.testsupport.SharedData;

/**
 * The Attributentabel in the real workbench: opened from the Layers view's context menu, sorted and
 * filtered with real clicks and typing, rows selected and seen highlighted on the map's real pixels, a
 * buurt clicked on the map selected and scrolled to in the table, rows copied as TSV.
 */
class AttributeTableWorkflowTest extends InteractionTestBase {

	@Test
	void sortFilterSelectRowsAndSeeThemOnTheMapAndBack() throws Exception {
		openAndWait(SharedData.file(ROTTERDAM));
		VectorLayer rotterdam = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		AttributeTableView view = openAttributeTableFromLayersView();
		assertEquals(rotterdam, view.getLayer(), "the table shows the layer selected in the Layers view");
		Table table = robot.widget(shell, WidgetKeys.ATTRIBUTE_TABLE, Table.class);
		assertEquals(78, table.getItemCount());
		int nameColumn = columnIndex(table, "buurtnaam");

		Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
		List<String> names = rotterdam.getFeatures().getFeatures().stream().map(f -> (String) f.getAttribute("buurtnaam"))
				.sorted(dutch).toList();
		clickHeader(table, nameColumn);
		assertEquals(names.get(0), table.getItem(0).getText(nameColumn), "sorted A to Z by a click on the header");
		assertEquals(SWT.UP, table.getSortDirection());
		robot.settle(800); // not a double click
		clickHeader(table, nameColumn);
		assertEquals(names.get(names.size() - 1), table.getItem(0).getText(nameColumn), "a second click sorts Z to A");

		Text filter = robot.widget(shell, WidgetKeys.ATTRIBUTE_TABLE_FILTER, Text.class);
		click(centre(filter));
		robot.xdotool("type", "--delay", "40", "wijk");
		long expected = rotterdam.getFeatures().getFeatures().stream().filter(f -> anyCellContains(f, "wijk")).count();
		assertTrue(expected >= 2 && expected < 78, "the filter word matches some buurten: " + expected);
		robot.waitUntil("the filter to leave the rows containing 'wijk'", () -> table.getItemCount() == expected);
		for (int row = 0; row < table.getItemCount(); row++) {
			int r = row;
			assertTrue(IntStream.range(0, table.getColumnCount())
					.anyMatch(c -> table.getItem(r).getText(c).toLowerCase(Locale.ROOT).contains("wijk")),
					"row " + row + " contains the filter text");
		}

		click(rowCentre(table, 0));
		click(rowCentre(table, 1), "shift");
		List<Feature> selected = view.getSelectedFeatures();
		assertEquals(2, selected.size());
		assertEquals(Set.copyOf(selected), Set.copyOf(rotterdam.getSelection()), "selected rows are the map's selection");
		execute("nl.veerkracht.gis.ui.commands.zoomToSelection");
		waitForFrame();
		Feature unselected = rotterdam.getFeatures().getFeatures().stream().filter(f -> !selected.contains(f))
				.filter(f -> mapView.getMapCanvas().getViewport().visibleEnvelope()
						.contains(projected(rotterdam, f).geometry().getInteriorPoint().getCoordinate()))
				.max(Comparator.comparingDouble(f -> projected(rotterdam, f).geometry().getArea())).orElseThrow();
		assertHighlight(rotterdam, selected, List.of(unselected));
		robot.screenshot("attribute-table-rows-selected");

		robot.xdotool("key", "ctrl+c");
		robot.settle(200);
		Clipboard clipboard = new Clipboard(display);
		String copied = (String) clipboard.getContents(TextTransfer.getInstance());
		clipboard.dispose();
		assertTrue(copied != null && copied.startsWith("buurtcode\tbuurtnaam"), "a TSV header: " + copied);
		assertEquals(3, copied.lines().count(), copied);
		assertTrue(copied.contains("\t" + selected.get(0).getAttribute("buurtnaam") + "\t"), copied);

		filter.setText("");
		robot.waitUntil("all rows back", () -> table.getItemCount() == 78);
		mapView.getMapContent().setSelection(rotterdam, List.of());
		robot.waitUntil("no rows selected", () -> table.getSelectionCount() == 0);
		table.setTopIndex(0);
		mapView.getMapCanvas().zoomTo(rotterdam.getEnvelope(mapView.getMapContent().getCrs()));
		waitForFrame();
		int last = table.getItemCount() - 1;
		Feature lastRow = view.getFeatureOfRow(last);
		assertTrue(!isRowVisible(table, last), "the last row starts out of view");
		clickMapToolbar("Identificeren");
		click(onScreen(rotterdam, lastRow));
		robot.waitUntil("the table to select the buurt clicked on the map",
				() -> Arrays.equals(new int[] { last }, table.getSelectionIndices()));
		robot.settle(500);
		robot.screenshot("attribute-table-follows-map");
		assertTrue(isRowVisible(table, last), () -> "the row scrolled into view: top index " + table.getTopIndex() + ", row "
				+ table.getItem(last).getBounds(0) + ", client area " + table.getClientArea() + ", header " + table.getHeaderHeight());
		assertEquals(lastRow.getAttribute("buurtnaam"), table.getItem(last).getText(nameColumn));
	}

	@Test
	void onlySelectionShowsTheSelectedFeaturesAndEscapeClearsThem() throws Exception {
		assertWindowMenuOffersTheTable();
		openAndWait(SharedData.file(ROTTERDAM));
		VectorLayer rotterdam = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		AttributeTableView view = openAttributeTableFromLayersView();
		Table table = robot.widget(shell, WidgetKeys.ATTRIBUTE_TABLE, Table.class);
		List<Feature> chosen = rotterdam.getFeatures().getFeatures().subList(10, 13);
		mapView.getMapContent().setSelection(rotterdam, chosen);
		robot.waitUntil("the rows of the map's selection", () -> table.getSelectionCount() == 3);

		Button only = robot.widget(shell, WidgetKeys.ATTRIBUTE_TABLE_ONLY_SELECTION, Button.class);
		click(centre(only));
		robot.waitUntil("only the selected rows", () -> table.getItemCount() == 3);
		assertArrayEquals(new int[] { 0, 1, 2 }, sorted(table.getSelectionIndices()));

		click(rowCentre(table, 0));
		robot.xdotool("key", "Escape");
		robot.waitUntil("Escape in the table clears the map's selection", () -> rotterdam.getSelection().isEmpty());
		robot.waitUntil("no rows left to show", () -> table.getItemCount() == 0);
		click(centre(only));
		robot.waitUntil("all rows again", () -> table.getItemCount() == 78);
		assertEquals(rotterdam, view.getLayer());
	}

	private void assertWindowMenuOffersTheTable() {
		MenuItem window = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("Venster"))
				.findFirst().orElseThrow(() -> new AssertionError("no Venster (Window) menu"));
		window.getMenu().notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(window.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
		window.getMenu().notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("Attributentabel")), "Venster > Attributentabel: " + items);
	}

	private void clickHeader(Table table, int column) {
		int x = 0;
		for (int index : table.getColumnOrder()) {
			TableColumn each = table.getColumn(index);
			if (index == column) {
				x += each.getWidth() / 2;
				break;
			}
			x += each.getWidth();
		}
		// on GTK the header lies above the first row, whatever the client area's origin
		int headerMiddle = table.getItem(table.getTopIndex()).getBounds().y - table.getHeaderHeight() / 2;
		click(table.toDisplay(x - table.getHorizontalBar().getSelection(), headerMiddle));
	}

	private static Point centre(Control control) {
		return control.toDisplay(Math.min(control.getSize().x / 2, 20), control.getSize().y / 2);
	}

	private static boolean isRowVisible(Table table, int row) {
		// rows start below the header at y = 0 (on GTK the client area reaches up over the header); a row
		// counts as visible when at least half of it shows
		Rectangle item = table.getItem(row).getBounds(0);
		Rectangle area = table.getClientArea();
		return item.y >= 0 && item.y + item.height / 2 <= area.y + area.height;
	}

	private static boolean anyCellContains(Feature feature, String text) {
		for (int i = 0; i < feature.getSchema().size(); i++) {
			Object value = feature.getAttribute(i);
			if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(text)) {
				return true;
			}
		}
		return false;
	}

	private static int[] sorted(int[] values) {
		int[] copy = values.clone();
		Arrays.sort(copy);
		return copy;
	}
}
