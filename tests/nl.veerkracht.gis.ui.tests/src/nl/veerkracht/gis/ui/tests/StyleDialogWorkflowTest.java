package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.FeatureSymbolizer;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.gis.ui.style.StyleDialog;
import nl.veerkracht.gis.ui.style.StyleKeys;

/**
 * The style workflow on the demo buurten (their KWB figures): open the style dialog from the Layers view
 * with real pointer and key events, style the layer graduated by natural breaks with a ColorBrewer palette
 * or categorized by wijk, and see the legend in the Layers view and the class colours on the real screen;
 * Cancel puts the old style back.
 */
class StyleDialogWorkflowTest extends MapTestBase {

	private static final String ATTRIBUTE = "p_hh_li";

	private VectorLayer buurten;
	private LayerStyle originalStyle;

	@BeforeEach
	void rememberTheDemoStyle() {
		buurten = (VectorLayer) mapView.getMapContent().layers().get(0);
		originalStyle = buurten.getStyle();
	}

	@AfterEach
	void restoreTheDemoStyle() {
		for (Shell open : display.getShells()) {
			if (open.getText().startsWith("Laagstijl")) {
				open.close();
			}
		}
		MapContent content = mapView.getMapContent();
		content.setStyle(buurten, originalStyle);
		content.setOpacity(buurten, 1.0);
		robot.settle(100);
	}

	@Test
	void graduatedByNaturalBreaksShowsTheLegendAndPaintsTheClassColours() {
		waitForFrame();
		Shell dialog = openStyleDialogByDoubleClick(buurten);
		robot.screenshot("style-dialog-single-symbol");

		choose(robot.widget(dialog, StyleKeys.TYPE, Combo.class), "Klassen (getallen)");
		choose(robot.widget(dialog, StyleKeys.CLASS_ATTRIBUTE, Combo.class), ATTRIBUTE);
		choose(robot.widget(dialog, StyleKeys.CLASS_METHOD, Combo.class), "Natuurlijke grenzen (Jenks)");
		Spinner count = robot.widget(dialog, StyleKeys.CLASS_COUNT, Spinner.class);
		count.setSelection(5);
		count.notifyListeners(SWT.Selection, new Event());
		Table palettes = robot.widget(dialog, StyleKeys.CLASS_PALETTE, Table.class);
		int ylOrRd = paletteIndex(palettes, "YlOrRd");
		assertTrue(palettes.getItem(ylOrRd).getText().contains("kleurenblindveilig"), palettes.getItem(ylOrRd).getText());
		assertTrue(!palettes.getItem(paletteIndex(palettes, "Spectral")).getText().contains("kleurenblindveilig"),
				"Spectral is not marked colour-blind safe");
		palettes.setSelection(ylOrRd);
		palettes.notifyListeners(SWT.Selection, new Event());
		robot.waitForJobs("the classes to be computed", StyleDialog.CLASSIFY_FAMILY);
		Table classes = robot.widget(dialog, StyleKeys.CLASS_TABLE, Table.class);
		robot.waitUntil("five classes and geen gegevens", () -> classes.getItemCount() == 6);
		assertEquals("geen gegevens", classes.getItem(5).getText(3));
		assertEquals("1", classes.getItem(5).getText(4), "the business park has no income figures");
		robot.settle(200);
		robot.screenshot("style-dialog-classes");

		TabFolder tabs = robot.widget(dialog, StyleKeys.TABS, TabFolder.class);
		tabs.setSelection(1);
		robot.settle(200);
		robot.screenshot("style-dialog-labels");
		tabs.setSelection(0);

		clickDialogButton(dialog, IDialogConstants.OK_ID);
		robot.waitUntil("the dialog to close", dialog::isDisposed);

		GraduatedStyle style = assertInstanceOf(GraduatedStyle.class, buurten.getStyle());
		assertEquals(ATTRIBUTE, style.attribute());
		assertEquals(ColorBrewerPalette.YL_OR_RD, style.palette());
		assertEquals(Classifier.classify(values(ATTRIBUTE), ClassificationMethod.NATURAL_BREAKS, 5), style.classification());
		List<Color> fills = style.classes().stream().map(c -> c.symbol().fill()).toList();
		assertEquals(ColorBrewerPalette.YL_OR_RD.colours(5), fills);

		List<String> legend = legendRows(buurten, 6);
		assertEquals(style.legend().stream().map(LegendEntry::label).toList(), legend);
		assertEquals("geen gegevens", legend.get(5));
		waitForFrame();
		robot.screenshot("legend-graduated");
		Set<Integer> classesSeen = assertPaintedByStyle(style, 14);
		assertTrue(classesSeen.size() >= 3, "pixels of at least three classes checked: " + classesSeen);
		assertTrue(classesSeen.contains(-1), "the buurt without data is painted in the no-data grey");
	}

	@Test
	void cancelPutsBackTheStyleThatApplyShowed() {
		waitForFrame();
		Shell dialog = openWithKeyBinding();
		choose(robot.widget(dialog, StyleKeys.TYPE, Combo.class), "Klassen (getallen)");
		choose(robot.widget(dialog, StyleKeys.CLASS_ATTRIBUTE, Combo.class), "g_wozbag");
		robot.waitForJobs("the classes to be computed", StyleDialog.CLASSIFY_FAMILY);
		Spinner opacity = robot.widget(dialog, StyleKeys.LAYER_OPACITY, Spinner.class);
		opacity.setSelection(60);
		opacity.notifyListeners(SWT.Modify, new Event());
		clickDialogButton(dialog, StyleDialog.APPLY_ID);
		robot.waitUntil("the style to be applied", () -> buurten.getStyle() instanceof GraduatedStyle);
		assertEquals(0.6, buurten.getOpacity(), 1e-9);
		assertTrue(!dialog.isDisposed(), "Toepassen keeps the dialog open");
		legendRows(buurten, 6);

		clickDialogButton(dialog, IDialogConstants.CANCEL_ID);
		robot.waitUntil("the dialog to close", dialog::isDisposed);
		assertEquals(originalStyle, buurten.getStyle(), "Annuleren puts back the old style");
		assertEquals(1.0, buurten.getOpacity(), 1e-9);
		waitForFrame();
		assertPaintedInStyle(mapView.getMapCanvas(), buurten, 3);
	}

	@Test
	void categorizedByWijkColoursEachWijk() {
		waitForFrame();
		Shell dialog = openByContextMenu();
		choose(robot.widget(dialog, StyleKeys.TYPE, Combo.class), "Categorieën (unieke waarden)");
		choose(robot.widget(dialog, StyleKeys.CATEGORY_ATTRIBUTE, Combo.class), "wk_naam");
		clickButton(robot.widget(dialog, StyleKeys.CATEGORY_CLASSIFY, Button.class));
		Table categories = robot.widget(dialog, StyleKeys.CATEGORY_TABLE, Table.class);
		robot.waitUntil("six wijken and geen gegevens", () -> categories.getItemCount() == 7);
		robot.settle(200);
		robot.screenshot("style-dialog-categories");
		clickDialogButton(dialog, IDialogConstants.OK_ID);
		robot.waitUntil("the dialog to close", dialog::isDisposed);

		CategorizedStyle style = assertInstanceOf(CategorizedStyle.class, buurten.getStyle());
		assertEquals(6, style.categories().size());
		assertNull(style.otherSymbol(), "every wijk has a category, so no 'overige waarden'");
		assertEquals(6, style.categories().stream().map(c -> c.symbol().fill()).distinct().count());
		assertEquals(style.legend().stream().map(LegendEntry::label).toList(), legendRows(buurten, 7));
		waitForFrame();
		robot.screenshot("legend-categorized");
		assertTrue(assertPaintedByStyle(style, 10).size() >= 3);
	}

	// --- opening the dialog as a user does

	private Shell openByContextMenu() {
		Tree tree = layersTree();
		TreeItem row = rowOf(tree, buurten);
		Rectangle text = row.getTextBounds(0);
		Point centre = tree.toDisplay(text.x + Math.min(40, text.width / 2), text.y + text.height / 2);
		robot.xdotool("mousemove", str(centre.x), str(centre.y), "click", "3");
		robot.waitUntil("the context menu", () -> tree.getMenu().isVisible());
		robot.settle(300);
		List<String> entries = Arrays.stream(tree.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
		assertTrue(entries.contains("Stijl...\tAlt+Enter"), "the context menu offers Stijl... (Alt+Enter): " + entries);
		robot.screenshot("layers-context-menu");
		robot.xdotool("key", "s");
		return waitForStyleDialog(buurten);
	}

	private Shell openWithKeyBinding() {
		Tree tree = layersTree();
		TreeItem row = rowOf(tree, buurten);
		Rectangle text = row.getTextBounds(0);
		Point centre = tree.toDisplay(text.x + Math.min(40, text.width / 2), text.y + text.height / 2);
		robot.xdotool("mousemove", str(centre.x), str(centre.y), "click", "1");
		robot.waitUntil("the layer to be selected", () -> tree.getSelectionCount() == 1);
		robot.settle(100);
		robot.xdotool("key", "alt+Return");
		return waitForStyleDialog(buurten);
	}

	// --- what the user sees

	/**
	 * Checks real screen pixels inside the largest visible buurten: each shows its class or category colour
	 * as the style gives it, over the white map with the symbol's opacity.
	 *
	 * @return the classes seen, -1 for "geen gegevens"
	 */
	private Set<Integer> assertPaintedByStyle(LayerStyle style, int featuresToCheck) {
		FeatureSymbolizer symbolizer = style.symbolizer(buurten.getFeatures().getSchema());
		List<SimpleStyle> legend = style.legend().stream().map(LegendEntry::symbol).toList();
		var map = mapView.getMapCanvas();
		Control canvas = map.getControl();
		List<ProjectedFeature> largest = buurten.query(mapView.getMapContent().getCrs(), map.getViewport().visibleEnvelope())
				.stream().sorted((a, b) -> Double.compare(b.geometry().getArea(), a.geometry().getArea())).toList();
		Set<Integer> seen = new HashSet<>();
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
			SimpleStyle symbol = symbolizer.symbolFor(feature);
			RGB expected = over(symbol.fill(), symbol.opacity() * buurten.getOpacity());
			Point onScreen = canvas.toDisplay(x, y);
			if (!display.getBounds().contains(onScreen)) {
				continue;
			}
			RGB actual = robot.pixel(onScreen.x, onScreen.y);
			assertTrue(close(expected, actual), "pixel inside " + feature.getId() + " (" + feature.getAttribute(ATTRIBUTE)
					+ ") at " + onScreen + ": expected " + expected + ", screen shows " + actual);
			int index = legend.indexOf(symbol);
			seen.add(symbol.fill().equals(NoDataStyle.COLOUR) ? -1 : index);
			if (++checked == featuresToCheck) {
				break;
			}
		}
		for (Feature feature : buurten.getFeatures().getFeatures()) {
			if (feature.getAttribute(ATTRIBUTE) == null && style instanceof GraduatedStyle && !seen.contains(-1)) {
				assertNoDataPainted(feature, symbolizer.symbolFor(feature));
				seen.add(-1);
			}
		}
		return seen;
	}

	private void assertNoDataPainted(Feature feature, SimpleStyle symbol) {
		var map = mapView.getMapCanvas();
		ProjectedFeature projected = buurten.query(mapView.getMapContent().getCrs(), map.getViewport().visibleEnvelope())
				.stream().filter(p -> p.feature() == feature).findFirst().orElseThrow();
		Point2D pixel = map.getViewport().toScreen(projected.geometry().getInteriorPoint().getCoordinate());
		Point onScreen = map.getControl().toDisplay((int) Math.round(pixel.getX()), (int) Math.round(pixel.getY()));
		RGB expected = over(NoDataStyle.COLOUR, symbol.opacity());
		RGB actual = robot.pixel(onScreen.x, onScreen.y);
		assertTrue(close(expected, actual), "no-data buurt " + feature.getId() + ": expected " + expected + ", screen shows "
				+ actual);
	}

	private double[] values(String attribute) {
		return buurten.getFeatures().getFeatures().stream().map(f -> f.getAttribute(attribute))
				.mapToDouble(v -> v instanceof Number n ? n.doubleValue() : Double.NaN).toArray();
	}

	private static RGB over(Color fill, double opacity) {
		return new RGB(blend(fill.getRed(), opacity), blend(fill.getGreen(), opacity), blend(fill.getBlue(), opacity));
	}

	private static int blend(int channel, double opacity) {
		return (int) Math.round(channel * opacity + 255 * (1 - opacity));
	}

	private static <T> T assertInstanceOf(Class<T> type, Object value) {
		assertTrue(type.isInstance(value), "expected a " + type.getSimpleName() + ", got " + value);
		return type.cast(value);
	}
}
