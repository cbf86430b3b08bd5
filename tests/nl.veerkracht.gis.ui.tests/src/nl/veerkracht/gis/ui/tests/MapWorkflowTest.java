package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.gis.ui.open.LayerOpener;
import nl.veerkracht.gis.ui.open.OpenLayerJob;
import nl.veerkracht.testsupport.SharedData;

/**
 * The map workflows of the product, in the real workbench under Xvfb: the demo at start, opening
 * real CBS buurten, panning and zooming with real pointer events, and a broken file.
 */
class MapWorkflowTest extends MapTestBase {

	@Test
	void startsOnTheInventedDemoMunicipality() {
		List<Layer> layers = mapView.getMapContent().layers();
		assertEquals(DEMO_LAYERS, layers.size());
		assertTrue(layers.get(0).getTitle().contains(DemoGemeente.NAME), layers.get(0).getTitle());
		assertEquals(DemoGemeente.BUURT_COUNT, ((VectorLayer) layers.get(0)).getFeatures().size());
		assertTrue(mapView.getContentDescription().contains("fictief"), mapView.getContentDescription());

		assertPaintedInStyle(mapView.getMapCanvas(), (VectorLayer) layers.get(0), 3);
		robot.screenshot("workbench-demo");

		MapContent content = mapView.getMapContent();
		layers.forEach(content::removeLayer);
		robot.waitUntil("the notice to go with the demo layers", () -> mapView.getContentDescription().isEmpty());
		for (int i = 0; i < layers.size(); i++) {
			content.addLayer(i, layers.get(i));
		}
		robot.waitUntil("the notice to come back with them", () -> !mapView.getContentDescription().isEmpty());
	}

	@Test
	void opensRotterdamBuurtenListsThemAndPaintsThem() {
		assertFileMenuOffersOpenLayer();
		openAndWait(SharedData.file(ROTTERDAM));

		List<Layer> layers = mapView.getMapContent().layers();
		assertEquals(DEMO_LAYERS + 1, layers.size());
		VectorLayer rotterdam = (VectorLayer) layers.get(DEMO_LAYERS);
		assertEquals(78, rotterdam.getFeatures().size());

		Tree tree = robot.widget(shell, WidgetKeys.LAYERS_TABLE, Tree.class);
		robot.waitUntil("the Layers view to list the new layer", () -> tree.getItemCount() == DEMO_LAYERS + 1);
		TreeItem top = tree.getItem(0);
		assertEquals("buurten_wgs84", top.getText(0), "the top row is the layer opened last");
		assertTrue(((Layer) top.getData()).isVisible(), "a new layer is visible");
		assertTrue(top.getImage() != null, "the row shows the visibility box and the layer's symbol");
		assertEquals("78", top.getText(1));

		waitForFrame();
		assertPaintedInStyle(mapView.getMapCanvas(), rotterdam, 5);
		robot.screenshot("workbench-rotterdam");
	}

	@Test
	void dragPansAndWheelZoomsAroundTheCursor() {
		openAndWait(SharedData.file(ROTTERDAM));
		waitForFrame();
		MapCanvas map = mapView.getMapCanvas();
		Canvas canvas = robot.widget(shell, WidgetKeys.MAP_CANVAS, Canvas.class);
		Point centre = canvas.toDisplay(canvas.getSize().x / 2, canvas.getSize().y / 2);

		Viewport before = map.getViewport();
		Coordinate worldAtCentre = before.toWorld(canvas.getSize().x / 2, canvas.getSize().y / 2);
		robot.xdotool("mousemove", str(centre.x), str(centre.y), "mousedown", "1");
		robot.xdotool("mousemove", str(centre.x + 60), str(centre.y + 30));
		robot.xdotool("mousemove", str(centre.x + 120), str(centre.y + 60), "mouseup", "1");
		robot.waitUntil("the map to follow the drag", () -> map.getViewport() != before && !isDragging(map, before));
		robot.settle(200);
		Point2D moved = map.getViewport().toScreen(worldAtCentre);
		Point local = canvas.toControl(centre);
		assertEquals(local.x + 120, moved.getX(), 2.0, "the world point under the pointer followed it to the right");
		assertEquals(local.y + 60, moved.getY(), 2.0, "the world point under the pointer followed it down");
		assertEquals(before.getScale(), map.getViewport().getScale(), before.getScale() * 1e-9, "panning keeps the scale");
		waitForFrame();

		Viewport beforeZoom = map.getViewport();
		Point cursor = new Point(centre.x - 150, centre.y + 80);
		Point cursorLocal = canvas.toControl(cursor);
		Coordinate underCursor = beforeZoom.toWorld(cursorLocal.x, cursorLocal.y);
		robot.xdotool("mousemove", str(cursor.x), str(cursor.y), "click", "4");
		robot.waitUntil("the wheel to zoom the map", () -> map.getViewport().getScale() < beforeZoom.getScale());
		Viewport zoomed = map.getViewport();
		assertTrue(zoomed.getScale() < beforeZoom.getScale() * 0.9, "one wheel notch zooms in noticeably");
		Point2D stillUnderCursor = zoomed.toScreen(underCursor);
		assertEquals(cursorLocal.x, stillUnderCursor.getX(), 1.5, "zoom keeps the point under the cursor");
		assertEquals(cursorLocal.y, stillUnderCursor.getY(), 1.5, "zoom keeps the point under the cursor");

		waitForFrame();
		assertPaintedInStyle(map, (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS), 3);
		robot.screenshot("workbench-rotterdam-panned-zoomed");
	}

	@Test
	void brokenGeoJsonIsReportedWithFileAndPositionAndChangesNothing() {
		List<Layer> layersBefore = mapView.getMapContent().layers();
		DialogWatcher watcher = DialogWatcher.watch(display, "Kan laag niet openen");
		try {
			LayerOpener.open(mapView, List.of(SharedData.file(ROTTERDAM_BROKEN)));
			robot.waitUntil("the error dialog", watcher::caught);
		} finally {
			watcher.stop();
		}
		String message = watcher.text();
		assertTrue(message.contains("buurten_wgs84_as_published_trailing_comma.geojson"), message);
		assertTrue(message.matches("(?s).*regel \\d+, kolom \\d+.*"), "names the position of the fault: " + message);
		robot.waitForJobs("opening to finish", OpenLayerJob.FAMILY);
		assertEquals(layersBefore, mapView.getMapContent().layers(), "a broken file adds no layer");

		openAndWait(SharedData.file(ROTTERDAM));
		assertEquals(layersBefore.size() + 1, mapView.getMapContent().layers().size(), "the workbench is still usable");
	}
}
