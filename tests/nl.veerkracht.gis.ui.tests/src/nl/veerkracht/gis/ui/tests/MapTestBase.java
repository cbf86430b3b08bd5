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
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.gis.ui.open.LayerOpener;
import nl.veerkracht.gis.ui.open.OpenLayerJob;

/**
 * What the workbench UI tests share: the real workbench window with its Map view showing the demo,
 * a {@link Robot}, opening files as a user would, and checks of real screen pixels. Layers a test
 * opens are removed after it, so every test starts on the demo.
 */
abstract class MapTestBase {

	static final String ROTTERDAM = "rotterdam/buurten_wgs84.geojson";
	static final String ROTTERDAM_BROKEN = "rotterdam/buurten_wgs84_as_published_trailing_comma.geojson";
	static final int DEMO_LAYERS = 3;
	static final int COLOUR_TOLERANCE = 12;

	Display display;
	Robot robot;
	Shell shell;
	MapView mapView;

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

	void openAndWait(Path file) {
		int before = mapView.getMapContent().layers().size();
		LayerOpener.open(mapView, List.of(file));
		robot.waitForJobs("opening " + file.getFileName(), OpenLayerJob.FAMILY);
		robot.waitUntil("the layer in the map", () -> mapView.getMapContent().layers().size() == before + 1);
	}

	void waitForFrame() {
		robot.waitUntil("a frame for the current viewport", () -> mapView.getMapCanvas().isFrameCurrent());
		robot.settle(150);
	}

	static boolean isDragging(MapCanvas map, Viewport start) {
		return map.getControl().getCursor() != null;
	}

	/**
	 * Checks real screen pixels: inside the largest visible features of the layer, the colour is the
	 * layer's fill composed over the white map background with the layer's opacity. The layer must have a
	 * single-symbol style.
	 */
	void assertPaintedInStyle(MapCanvas map, VectorLayer layer, int featuresToCheck) {
		SimpleStyle style = ((SingleSymbolStyle) layer.getStyle()).symbol();
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
			if (!display.getBounds().contains(onScreen)) {
				continue; // the 1400 px wide window is wider than the 1280 px Xvfb screen
			}
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

	static String str(int value) {
		return Integer.toString(value);
	}

	void assertFileMenuOffersOpenLayer() {
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
