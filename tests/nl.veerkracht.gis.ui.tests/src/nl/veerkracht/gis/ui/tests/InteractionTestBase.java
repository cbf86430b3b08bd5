package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.MapRenderer;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.ui.map.MapToolKind;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.layers.LayersView;
import nl.veerkracht.gis.ui.table.AttributeTableView;

/**
 * What the interaction tests share: finding a feature, clicking it on the screen, choosing a map tool
 * on the Map view's toolbar, reading the Properties view, and telling highlighted from plain pixels.
 */
abstract class InteractionTestBase extends MapTestBase {

	@AfterEach
	void clearSelections() {
		MapContent content = mapView.getMapContent();
		for (Layer layer : content.layers()) {
			content.setSelection(layer, List.of());
		}
		chooseToolByCommandState("pan");
	}

	/** The feature whose attribute has a value. */
	static Feature feature(VectorLayer layer, String attribute, Object value) {
		return layer.getFeatures().getFeatures().stream().filter(f -> value.equals(f.getAttribute(attribute))).findFirst()
				.orElseThrow(() -> new AssertionError("no feature with " + attribute + " = " + value));
	}

	/** The feature's geometry in the map CRS. */
	ProjectedFeature projected(VectorLayer layer, Feature feature) {
		return layer.query(mapView.getMapContent().getCrs(), layer.getEnvelope(mapView.getMapContent().getCrs())).stream()
				.filter(p -> p.feature() == feature).findFirst().orElseThrow();
	}

	/** A screen (display) pixel inside a feature, well inside when the feature is large enough. */
	Point onScreen(VectorLayer layer, Feature feature) {
		Coordinate inside = projected(layer, feature).geometry().getInteriorPoint().getCoordinate();
		return onScreen(inside);
	}

	Point onScreen(Coordinate world) {
		Point2D pixel = mapView.getMapCanvas().getViewport().toScreen(world);
		return mapView.getMapCanvas().getControl().toDisplay((int) Math.round(pixel.getX()), (int) Math.round(pixel.getY()));
	}

	/** Clicks with the real pointer, holding the given xdotool modifier keys (e.g. "ctrl") if any. */
	void click(Point onScreen, String... modifiers) {
		for (String modifier : modifiers) {
			robot.xdotool("keydown", modifier);
		}
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		for (String modifier : modifiers) {
			robot.xdotool("keyup", modifier);
		}
		robot.settle(150);
	}

	/** Drags with the real pointer from one display pixel to another, in steps. */
	void drag(Point from, Point to) {
		robot.xdotool("mousemove", str(from.x), str(from.y), "mousedown", "1");
		for (int step = 1; step <= 4; step++) {
			robot.xdotool("mousemove", str(from.x + (to.x - from.x) * step / 4), str(from.y + (to.y - from.y) * step / 4));
			robot.settle(30);
		}
		robot.xdotool("mouseup", "1");
		robot.settle(150);
	}

	/** Clicks the Map view's toolbar item whose tooltip starts with a text, with the real pointer. */
	void clickMapToolbar(String tooltipStart) {
		IToolBarManager manager = mapView.getViewSite().getActionBars().getToolBarManager();
		ToolBar toolBar = ((ToolBarManager) manager).getControl();
		ToolItem item = Arrays.stream(toolBar.getItems())
				.filter(i -> i.getToolTipText() != null && i.getToolTipText().startsWith(tooltipStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no Map view toolbar item '" + tooltipStart + "' among "
						+ Arrays.stream(toolBar.getItems()).map(ToolItem::getToolTipText).toList()));
		Rectangle bounds = item.getBounds();
		Point centre = toolBar.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		click(centre);
	}

	/** Sets the map tool command's radio state as its handler does, for clean-up between tests. */
	void chooseToolByCommandState(String tool) {
		try {
			Command command = mapView.getSite().getService(ICommandService.class).getCommand(MapView.TOOL_COMMAND);
			HandlerUtil.updateRadioState(command, tool);
			mapView.getMapCanvas().setTool(MapToolKind.forId(tool).orElseThrow());
		} catch (ExecutionException e) {
			fail(e);
		}
	}

	/** Activates the Map view and gives the canvas the keyboard focus, so that its key bindings apply. */
	void focusMap() {
		IWorkbenchPage page = mapView.getSite().getPage();
		page.activate(mapView);
		mapView.getMapCanvas().getControl().setFocus();
		robot.settle(100);
	}

	/** The rows of the Properties view, as display name to value, categories expanded. */
	Map<String, String> propertiesShown() {
		PropertySheet sheet;
		try {
			sheet = (PropertySheet) mapView.getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
		mapView.getSite().getPage().bringToTop(sheet);
		robot.settle(100);
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

	/** Expected colours of a single-symbol layer's fill, plain and under the selection highlight. */
	static RGB[] plainAndHighlighted(VectorLayer layer) {
		SimpleStyle style = ((SingleSymbolStyle) layer.getStyle()).symbol();
		double[] plain = over(new double[] { 255, 255, 255 }, style.fill(), style.opacity());
		double[] highlighted = over(plain, MapRenderer.SELECTION.fill(), MapRenderer.SELECTION.opacity());
		return new RGB[] { rgb(plain), rgb(highlighted) };
	}

	private static double[] over(double[] under, Color fill, double opacity) {
		return new double[] { fill.getRed() * opacity + under[0] * (1 - opacity), fill.getGreen() * opacity + under[1] * (1 - opacity),
				fill.getBlue() * opacity + under[2] * (1 - opacity) };
	}

	private static RGB rgb(double[] channels) {
		return new RGB((int) Math.round(channels[0]), (int) Math.round(channels[1]), (int) Math.round(channels[2]));
	}

	/** Asserts what the screen shows inside each feature: the highlight if selected, the plain fill if not. */
	void assertHighlight(VectorLayer layer, List<Feature> selected, List<Feature> notSelected) {
		RGB[] expected = plainAndHighlighted(layer);
		List<String> faults = new ArrayList<>();
		for (Feature feature : selected) {
			Point pixel = onScreen(layer, feature);
			RGB actual = robot.pixel(pixel.x, pixel.y);
			if (!close(expected[1], actual)) {
				faults.add(feature.getId() + " selected: expected highlight " + expected[1] + ", screen shows " + actual);
			}
		}
		for (Feature feature : notSelected) {
			Point pixel = onScreen(layer, feature);
			RGB actual = robot.pixel(pixel.x, pixel.y);
			if (!close(expected[0], actual)) {
				faults.add(feature.getId() + " not selected: expected plain " + expected[0] + ", screen shows " + actual);
			}
		}
		assertTrue(faults.isEmpty(), String.join("\n", faults));
	}

	/**
	 * Opens the Attributentabel of the top layer as from the Layers view's context menu: selects the layer's
	 * row, checks that the menu offers the command and runs it.
	 */
	AttributeTableView openAttributeTableFromLayersView() throws CommandException {
		IWorkbenchPage page = mapView.getSite().getPage();
		LayersView layers = (LayersView) page.findView(LayersView.ID);
		page.activate(layers);
		Tree layerTable = robot.widget(shell, WidgetKeys.LAYERS_TABLE, Tree.class);
		VectorLayer top = (VectorLayer) mapView.getMapContent().layers().get(mapView.getMapContent().layers().size() - 1);
		robot.waitUntil("the Layers view to list the new layer on top", () -> layerTable.getItemCount() > 0 && layerTable.getItem(0).getData() == top);
		layerTable.setSelection(layerTable.getItem(0));
		Event selected = new Event();
		selected.item = layerTable.getItem(0);
		layerTable.notifyListeners(SWT.Selection, selected);
		robot.settle(100);
		assertEquals(List.of(top), layers.getSelectedLayers());

		Menu menu = layerTable.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		boolean offered = Arrays.stream(menu.getItems()).map(MenuItem::getText).anyMatch(t -> t.startsWith("Attributentabel openen"));
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(offered, "the Layers view's context menu offers Attributentabel openen: "
				+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
		execute("nl.veerkracht.gis.ui.commands.openAttributeTable");
		AttributeTableView view = (AttributeTableView) page.findView(AttributeTableView.ID);
		robot.waitUntil("the table to show the layer", () -> view != null && view.getLayer() != null);
		return view;
	}

	/** Runs a command as its menu item or key binding does. */
	void execute(String commandId) throws CommandException {
		mapView.getSite().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
		robot.settle(150);
	}

	/** The index of the table column with a header text. */
	static int columnIndex(Table table, String label) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(label)) {
				return i;
			}
		}
		throw new AssertionError("no column " + label);
	}

	/** A display point in a table row's first cell. */
	static Point rowCentre(Table table, int row) {
		Rectangle bounds = table.getItem(row).getBounds(0);
		return table.toDisplay(bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2);
	}

	/** Opens the Map view's context menu with the real pointer at a point and chooses an item with the keyboard. */
	void chooseMapMenuItem(Point onScreen, String label) {
		Menu menu = mapView.getMapCanvas().getControl().getMenu();
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "3");
		robot.waitUntil("the map's context menu", menu::isVisible);
		robot.settle(200);
		List<MenuItem> items = Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0 && item.isEnabled())
				.toList();
		int index = -1;
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).getText().replace("&", "").equals(label)) {
				index = i;
			}
		}
		assertTrue(index >= 0, label + " in " + items.stream().map(MenuItem::getText).toList());
		for (int i = 0; i <= index; i++) {
			robot.xdotool("key", "Down");
		}
		robot.xdotool("key", "Return");
		robot.settle(300);
	}
}
