package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.MapRenderer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.FeatureSymbolizer;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.layers.LayersView;
import nl.veerkracht.gis.ui.layers.LegendItem;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.gis.ui.open.LayerOpener;
import nl.veerkracht.gis.ui.open.OpenLayerJob;
import nl.veerkracht.testsupport.SharedData;

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
	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

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

	static boolean close(RGB a, RGB b) {
		return Arrays.stream(new int[] { a.red - b.red, a.green - b.green, a.blue - b.blue })
				.allMatch(d -> Math.abs(d) <= COLOUR_TOLERANCE);
	}

	// --- the Layers view and the style dialog

	/** Shows and activates the Layers view and returns its tree. */
	Tree layersTree() {
		IWorkbenchPage page = mapView.getSite().getPage();
		try {
			page.activate(page.showView(LayersView.ID));
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
		robot.settle(100);
		return robot.widget(shell, WidgetKeys.LAYERS_TABLE, Tree.class);
	}

	/** Selects the top layer in the Layers view (its first row) as a click does, with the Selection event. */
	void selectTopLayer() {
		Tree tree = layersTree();
		List<Layer> layers = mapView.getMapContent().layers();
		Layer top = layers.get(layers.size() - 1);
		robot.waitUntil("the Layers tree to show the top layer first",
				() -> tree.getItemCount() > 0 && tree.getItem(0).getData() == top);
		tree.setSelection(tree.getItem(0));
		Event event = new Event();
		event.item = tree.getItem(0);
		tree.notifyListeners(SWT.Selection, event);
		robot.settle(50);
	}

	/** @return the items of the Layers view's context menu for the selection, without mnemonics and accelerators */
	List<String> layersMenuItems() {
		Menu menu = robot.widget(shell, WidgetKeys.LAYERS_TABLE, Tree.class).getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> texts = Arrays.stream(menu.getItems())
				.map(item -> item.getText().replace("&", "").replaceFirst("\t.*", "")).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		return texts;
	}

	/** The Layers view's row of a layer. */
	static TreeItem rowOf(Tree tree, Object layer) {
		return Arrays.stream(tree.getItems()).filter(i -> i.getData() == layer).findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + layer));
	}

	/** Opens the style dialog of a layer with a real double click on its row in the Layers view. */
	Shell openStyleDialogByDoubleClick(Layer layer) {
		Tree tree = layersTree();
		TreeItem row = rowOf(tree, layer);
		tree.showItem(row);
		Rectangle text = row.getTextBounds(0);
		Point centre = tree.toDisplay(text.x + Math.min(40, text.width / 2), text.y + text.height / 2);
		robot.xdotool("mousemove", str(centre.x), str(centre.y), "click", "--repeat", "2", "--delay", "60", "1");
		return waitForStyleDialog(layer);
	}

	/** Waits for the style dialog of a layer to show, and returns its shell. */
	Shell waitForStyleDialog(Layer layer) {
		String title = "Laagstijl \u2014 " + layer.getTitle();
		Shell[] found = new Shell[1];
		robot.waitUntil("the style dialog", () -> {
			found[0] = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText()) && s.isVisible())
					.findFirst().orElse(null);
			return found[0] != null;
		});
		robot.settle(300);
		return found[0];
	}

	/** Chooses an item of a read-only combo as a user does, with the Selection event that follows. */
	void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " is offered in " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		robot.settle(50);
	}

	/** The row of the palette list whose text starts with a palette's name. */
	static int paletteIndex(Table table, String name) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText().startsWith(name + " ")) {
				return i;
			}
		}
		throw new AssertionError("no row " + name);
	}

	/** Clicks a button of a dialog's button bar with a real pointer event. */
	void clickDialogButton(Shell dialog, int id) {
		Button button = findButton(dialog, id);
		assertNotNull(button, "button " + id);
		robot.waitUntil("button " + button.getText() + " to be enabled", button::isEnabled);
		clickButton(button);
	}

	/** Clicks a button in its middle with a real pointer event. */
	void clickButton(Button button) {
		Point centre = button.toDisplay(button.getSize().x / 2, button.getSize().y / 2);
		robot.xdotool("mousemove", str(centre.x), str(centre.y), "click", "1");
		robot.settle(150);
	}

	/** The button below a control whose data is a dialog button id, or null. */
	static Button findButton(Control control, int id) {
		if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = findButton(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Waits until a layer's row of the Layers view shows its legend, and returns the legend's texts. */
	List<String> legendRows(Layer layer, int expected) {
		Tree tree = robot.widget(shell, WidgetKeys.LAYERS_TABLE, Tree.class);
		robot.waitUntil("the legend of " + expected + " entries under the layer", () -> {
			TreeItem row = rowOf(tree, layer);
			return row.getExpanded() && row.getItemCount() == expected && row.getItem(0).getData() instanceof LegendItem;
		});
		TreeItem row = rowOf(tree, layer);
		List<String> texts = new ArrayList<>();
		for (TreeItem entry : row.getItems()) {
			assertNotNull(entry.getImage(), "legend entry " + entry.getText() + " has a swatch");
			texts.add(entry.getText(0));
		}
		return texts;
	}

	// --- importing CBS figures

	/**
	 * Joins a CBS figures file to boundaries with File &gt; Import &gt; CBS-cijfers, as a user does, and
	 * returns the joined layer. Both are paths below the shared data folder.
	 */
	VectorLayer importCbsFigures(String figures, String boundaries) throws CoreException {
		List<Layer> layers = mapView.getMapContent().layers();
		int before = layers.size();
		WizardRobot wizard = WizardRobot.open(robot, shell, "nl.veerkracht.cbs.ui.import.files");
		try {
			wizard.type("veerkracht.import.cbs.path", SharedData.file(figures).toString());
			wizard.press("veerkracht.import.cbs.add");
			wizard.type("veerkracht.import.cbs.boundaries", SharedData.file(boundaries).toString());
			wizard.next();
			robot.waitUntil("the figures joined to the boundaries", wizard::canFinish);
			wizard.finish();
		} finally {
			wizard.cancel();
		}
		robot.waitUntil("the joined layer in the map", () -> mapView.getMapContent().layers().size() == before + 1);
		return (VectorLayer) mapView.getMapContent().layers().get(before);
	}

	// --- what the screen should show

	/**
	 * The colour the map should show at a point: the white background with, bottom to top, the fill of
	 * every visible vector layer's feature there, and the selection highlight over selected ones.
	 */
	RGB expectedColourAt(Coordinate world) {
		MapContent content = mapView.getMapContent();
		org.locationtech.jts.geom.Point point = GEOMETRIES.createPoint(world);
		double[] colour = { 255, 255, 255 };
		for (Layer layer : content.layers()) {
			if (!(layer instanceof VectorLayer vector) || !layer.isVisible()) {
				continue;
			}
			FeatureSymbolizer symbolizer = layer.getStyle().symbolizer(vector.getFeatures().getSchema());
			for (ProjectedFeature projected : vector.query(content.getCrs(), new Envelope(world))) {
				if (!projected.geometry().contains(point)) {
					continue;
				}
				SimpleStyle symbol = symbolizer.symbolFor(projected.feature());
				if (symbol != null && symbol.fill() != null) {
					colour = over(colour, symbol.fill(), symbol.opacity() * layer.getOpacity());
				}
				if (layer.getSelection().contains(projected.feature())) {
					colour = over(colour, MapRenderer.SELECTION.fill(), MapRenderer.SELECTION.opacity() * layer.getOpacity());
				}
			}
		}
		return new RGB((int) Math.round(colour[0]), (int) Math.round(colour[1]), (int) Math.round(colour[2]));
	}

	private static double[] over(double[] under, Color fill, double opacity) {
		return new double[] { fill.getRed() * opacity + under[0] * (1 - opacity), fill.getGreen() * opacity + under[1] * (1 - opacity),
				fill.getBlue() * opacity + under[2] * (1 - opacity) };
	}

	/**
	 * A display pixel inside a feature where the screen shows only fills: on the screen, inside the map
	 * away from the scale bar and north arrow, and at least a few pixels from the outline of any feature
	 * of a visible layer (the selection highlight's outline included); empty if the feature has none.
	 */
	Optional<Point> clearPixelInside(VectorLayer layer, Feature feature) {
		MapCanvas map = mapView.getMapCanvas();
		Crs crs = mapView.getMapContent().getCrs();
		Optional<ProjectedFeature> projected = layer.query(crs, map.getViewport().visibleEnvelope()).stream()
				.filter(p -> p.feature() == feature).findFirst();
		if (projected.isEmpty()) {
			return Optional.empty();
		}
		Coordinate inside = projected.get().geometry().getInteriorPoint().getCoordinate();
		Point2D pixel = map.getViewport().toScreen(inside);
		int x = (int) Math.round(pixel.getX());
		int y = (int) Math.round(pixel.getY());
		Point size = map.getControl().getSize();
		boolean onMap = x >= 10 && y >= 10 && x <= size.x - 10 && y <= size.y - 10;
		boolean onDecoration = (x < 230 && y > size.y - 70) || (x > size.x - 80 && y < 100);
		Point onScreen = map.getControl().toDisplay(x, y);
		if (!onMap || onDecoration || !display.getBounds().contains(onScreen)) {
			return Optional.empty();
		}
		double margin = 5 * map.getViewport().getScale();
		Envelope near = new Envelope(inside);
		near.expandBy(margin);
		org.locationtech.jts.geom.Point point = GEOMETRIES.createPoint(inside);
		for (Layer each : mapView.getMapContent().layers()) {
			if (each instanceof VectorLayer vector && each.isVisible()) {
				for (ProjectedFeature other : vector.query(crs, near)) {
					if (other.geometry().getBoundary().distance(point) <= margin) {
						return Optional.empty();
					}
				}
			}
		}
		return Optional.of(onScreen);
	}

	/** Asserts that the screen shows inside a feature the colour {@link #expectedColourAt} gives. */
	void assertScreenShowsStyle(VectorLayer layer, Feature feature, Point onScreen) {
		Point inControl = mapView.getMapCanvas().getControl().toControl(onScreen);
		RGB expected = expectedColourAt(mapView.getMapCanvas().getViewport().toWorld(inControl.x, inControl.y));
		RGB actual = robot.pixel(onScreen.x, onScreen.y);
		assertTrue(close(expected, actual), "pixel inside " + feature.getId() + " of " + layer.getTitle() + " at " + onScreen
				+ ": expected " + expected + ", screen shows " + actual);
	}

	/**
	 * Finds the map frame's right edge: the first inked pixel from the right on a row at three quarters of
	 * the height, below the legend and above the attribution.
	 */
	static int frameRightEdge(BufferedImage image) {
		int y = image.getHeight() * 3 / 4;
		for (int x = image.getWidth() - 1; x > 0; x--) {
			if (image.getRGB(x, y) != Color.WHITE.getRGB()) {
				return x;
			}
		}
		throw new AssertionError("no map frame on row " + y);
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
