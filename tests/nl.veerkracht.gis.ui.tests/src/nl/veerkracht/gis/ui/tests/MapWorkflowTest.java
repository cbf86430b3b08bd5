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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
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

/**
 * The map workflows of the product, in the real workbench under Xvfb: the demo at start, opening
 * real CBS buurten, panning and zooming with real pointer events, and a broken file.
 */
class MapWorkflowTest {

	private static final String ROTTERDAM = "rotterdam/buurten_wgs84.geojson";
	private static final String ROTTERDAM_BROKEN = "rotterdam/buurten_wgs84_as_published_trailing_comma.geojson";
	private static final int DEMO_LAYERS = 3;
	private static final int COLOUR_TOLERANCE = 12;

	private Display display;
	private Robot robot;
	private Shell shell;
	private MapView mapView;

	@BeforeEach
	void findTheMap() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		robot = new Robot(display);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1400, 900);
		shell.forceActive();
		mapView = (MapView) page.showView(MapView.ID);
		robot.waitUntil("the demo municipality in the map",
				() -> mapView.getMapContent().layers().size() >= DEMO_LAYERS);
		robot.settle(300);
	}

	@AfterEach
	void removeOpenedLayers() {
		MapContent content = mapView.getMapContent();
		for (Layer layer : content.layers().subList(DEMO_LAYERS, content.layers().size())) {
			content.removeLayer(layer);
		}
		mapView.getMapCanvas().zoomToFullExtent();
		robot.settle(200);
	}

	@Test
	void startsOnTheInventedDemoMunicipality() {
		List<Layer> layers = mapView.getMapContent().layers();
		assertEquals(DEMO_LAYERS, layers.size());
		assertTrue(layers.get(0).getTitle().contains(DemoGemeente.NAME), layers.get(0).getTitle());
		assertEquals(DemoGemeente.BUURT_COUNT, ((VectorLayer) layers.get(0)).getFeatures().size());
		assertTrue(mapView.getContentDescription().contains("fictief"), mapView.getContentDescription());

		assertPaintedInStyle(mapView.getMapCanvas(), (VectorLayer) layers.get(0), 3);
		robot.screenshot("workbench-demo");
	}

	@Test
	void opensRotterdamBuurtenListsThemAndPaintsThem() {
		assertFileMenuOffersOpenLayer();
		openAndWait(SharedData.file(ROTTERDAM));

		List<Layer> layers = mapView.getMapContent().layers();
		assertEquals(DEMO_LAYERS + 1, layers.size());
		VectorLayer rotterdam = (VectorLayer) layers.get(DEMO_LAYERS);
		assertEquals(78, rotterdam.getFeatures().size());

		Table table = robot.widget(shell, WidgetKeys.LAYERS_TABLE, Table.class);
		robot.waitUntil("the Layers view to list the new layer", () -> table.getItemCount() == DEMO_LAYERS + 1);
		TableItem top = table.getItem(0);
		assertEquals("buurten_wgs84", top.getText(0), "the top row is the layer opened last");
		assertTrue(top.getChecked(), "a new layer is visible");
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

	private void openAndWait(Path file) {
		int before = mapView.getMapContent().layers().size();
		LayerOpener.open(mapView, List.of(file));
		robot.waitForJobs("opening " + file.getFileName(), OpenLayerJob.FAMILY);
		robot.waitUntil("the layer in the map", () -> mapView.getMapContent().layers().size() == before + 1);
	}

	private void waitForFrame() {
		robot.waitUntil("a frame for the current viewport", () -> mapView.getMapCanvas().isFrameCurrent());
		robot.settle(150);
	}

	private static boolean isDragging(MapCanvas map, Viewport start) {
		return map.getControl().getCursor() != null;
	}

	/**
	 * Checks real screen pixels: inside the largest visible features of the layer, the colour is the
	 * layer's fill composed over the white map background with the layer's opacity.
	 */
	private void assertPaintedInStyle(MapCanvas map, VectorLayer layer, int featuresToCheck) {
		SimpleStyle style = layer.getStyle();
		RGB expected = over(style.fill(), style.opacity());
		Canvas canvas = map.getControl();
		Crs crs = map.getContent().getCrs();
		List<ProjectedFeature> largest = layer.query(crs, map.getViewport().visibleEnvelope()).stream()
				.sorted((a, b) -> Double.compare(b.geometry().getArea(), a.geometry().getArea())).toList();
		int checked = 0;
		for (ProjectedFeature projected : largest) {
			Feature feature = projected.feature();
			Coordinate inside = projected.geometry().getInteriorPoint().getCoordinate();
			Point2D pixel = map.getViewport().toScreen(inside);
			int x = (int) Math.round(pixel.getX());
			int y = (int) Math.round(pixel.getY());
			if (x < 5 || y < 5 || x > canvas.getSize().x - 5 || y > canvas.getSize().y - 5) {
				continue;
			}
			Point onScreen = canvas.toDisplay(x, y);
			RGB actual = robot.pixel(onScreen.x, onScreen.y);
			assertTrue(close(expected, actual), "pixel inside " + feature.getId() + " at " + onScreen + ": expected "
					+ expected + ", screen shows " + actual);
			if (++checked == featuresToCheck) {
				return;
			}
		}
		assertTrue(checked > 0, "no feature of " + layer.getTitle() + " is inside the visible map");
	}

	private static RGB over(Color fill, double opacity) {
		return new RGB(blend(fill.getRed(), opacity), blend(fill.getGreen(), opacity), blend(fill.getBlue(), opacity));
	}

	private static int blend(int channel, double opacity) {
		return (int) Math.round(channel * opacity + 255 * (1 - opacity));
	}

	private static boolean close(RGB a, RGB b) {
		return Arrays.stream(new int[] { a.red - b.red, a.green - b.green, a.blue - b.blue })
				.allMatch(d -> Math.abs(d) <= COLOUR_TOLERANCE);
	}

	private static String str(int value) {
		return Integer.toString(value);
	}

	private void assertFileMenuOffersOpenLayer() {
		Menu bar = shell.getMenuBar();
		MenuItem file = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Bestand"))
				.findFirst().orElseThrow(() -> new AssertionError("no Bestand (File) menu"));
		file.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		boolean offered = Arrays.stream(file.getMenu().getItems())
				.anyMatch(i -> i.getText().replace("&", "").startsWith("Laag openen"));
		file.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(offered, "File > Open Layer... (Bestand > Laag openen...) is in the menu");
		assertFalse(mapView.getMapContent().layers().isEmpty());
	}
}
