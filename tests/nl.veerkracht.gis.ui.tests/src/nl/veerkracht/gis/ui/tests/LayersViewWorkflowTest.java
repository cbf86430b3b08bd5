package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.layers.LayersView;
import nl.veerkracht.testsupport.SharedData;

/**
 * The Layers view workflows: switching a layer off and on with its checkbox, reordering with the
 * view's commands, zooming to a layer and removing it, checked on the real screen.
 */
class LayersViewWorkflowTest extends MapTestBase {

	private static final String MOVE_DOWN = "nl.veerkracht.gis.ui.commands.moveLayerDown";
	private static final String MOVE_UP = "nl.veerkracht.gis.ui.commands.moveLayerUp";
	private static final String ZOOM_TO_LAYER = "nl.veerkracht.gis.ui.commands.zoomToLayer";
	private static final String REMOVE = "nl.veerkracht.gis.ui.commands.removeLayer";

	@Test
	void checkboxHidesAndShowsALayerOnTheMap() {
		openAndWait(SharedData.file(ROTTERDAM));
		waitForFrame();
		VectorLayer rotterdam = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		Point inside = insideLargestFeature(rotterdam);
		RGB painted = robot.pixel(inside.x, inside.y);

		Tree table = robot.widget(shell, WidgetKeys.LAYERS_TABLE, Tree.class);
		robot.waitUntil("the Layers view to list the layer on top", () -> table.getItem(0).getData() == rotterdam);
		toggleCheckbox(table, table.getItem(0));
		robot.waitUntil("the layer to be hidden", () -> !rotterdam.isVisible());
		waitForFrame();
		assertEquals(new RGB(255, 255, 255), robot.pixel(inside.x, inside.y), "a hidden layer leaves the map white");

		toggleCheckbox(table, table.getItem(0));
		robot.waitUntil("the layer to be shown again", rotterdam::isVisible);
		waitForFrame();
		assertEquals(painted, robot.pixel(inside.x, inside.y), "shown again, painted as before");
	}

	@Test
	void commandsMoveZoomToAndRemoveTheSelectedLayer() throws Exception {
		openAndWait(SharedData.file(ROTTERDAM));
		MapContent content = mapView.getMapContent();
		Layer rotterdam = content.layers().get(DEMO_LAYERS);
		Tree table = robot.widget(shell, WidgetKeys.LAYERS_TABLE, Tree.class);
		robot.waitUntil("the Layers view to list the layer on top", () -> table.getItem(0).getData() == rotterdam);

		select(table, 0);
		execute(MOVE_DOWN);
		assertEquals(DEMO_LAYERS - 1, content.indexOf(rotterdam), "one place down in the drawing order");
		robot.waitUntil("the table to follow", () -> "buurten_wgs84".equals(table.getItem(1).getText(0)));

		select(table, 1);
		execute(MOVE_UP);
		assertEquals(DEMO_LAYERS, content.indexOf(rotterdam));
		robot.waitUntil("the tree to follow", () -> table.getItem(0).getData() == rotterdam);

		mapView.getMapCanvas().zoomToFullExtent();
		select(table, 0);
		execute(ZOOM_TO_LAYER);
		assertTrue(mapView.getMapCanvas().getViewport().visibleEnvelope().contains(rotterdam.getEnvelope(content.getCrs())));
		assertFalse(mapView.getMapCanvas().getViewport().visibleEnvelope().contains(content.getEnvelope()),
				"zoomed to Rotterdam, not to the whole map with the demo");

		select(table, 0);
		execute(REMOVE);
		assertFalse(content.layers().contains(rotterdam));
		robot.waitUntil("the table to drop the row", () -> table.getItemCount() == DEMO_LAYERS);
	}

	private void select(Tree table, int row) {
		activateLayersView();
		table.setSelection(table.getItem(row));
		Event event = new Event();
		event.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, event);
		robot.settle(50);
	}

	private void execute(String commandId) throws CommandException {
		activateLayersView();
		mapView.getSite().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
		robot.settle(100);
	}

	private void activateLayersView() {
		IWorkbenchPage page = mapView.getSite().getPage();
		try {
			page.activate(page.showView(LayersView.ID));
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** Toggles a layer's visibility box with a real click on it. */
	private void toggleCheckbox(Tree table, TreeItem item) {
		activateLayersView();
		Rectangle box = item.getImageBounds(0);
		Point onScreen = table.toDisplay(box.x + 8, box.y + box.height / 2);
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		robot.settle(100);
	}

	private Point insideLargestFeature(VectorLayer layer) {
		List<ProjectedFeature> visible = layer.query(mapView.getMapContent().getCrs(),
				mapView.getMapCanvas().getViewport().visibleEnvelope());
		ProjectedFeature largest = visible.stream()
				.max(Comparator.comparingDouble(f -> f.geometry().getArea())).orElseThrow();
		Coordinate inside = largest.geometry().getInteriorPoint().getCoordinate();
		Point2D pixel = mapView.getMapCanvas().getViewport().toScreen(inside);
		return mapView.getMapCanvas().getControl().toDisplay((int) Math.round(pixel.getX()), (int) Math.round(pixel.getY()));
	}
}
