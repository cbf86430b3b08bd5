package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.testsupport.SharedData;

/**
 * File &gt; Import &gt; Lagen: two files chosen, one of them broken; the preview shows what the good
 * one holds and why the other cannot be read; Finish adds only the good one.
 */
class LayerImportWizardTest extends MapTestBase {

	private static final String WIZARD = "nl.veerkracht.gis.ui.import.layers";
	private static final String PREFIX = "veerkracht.import.layers";

	private WizardRobot wizard;

	@AfterEach
	void closeWizard() {
		if (wizard != null) {
			wizard.cancel();
		}
	}

	@Test
	void previewsEachFileThenAddsOnlyWhatCouldBeRead() throws Exception {
		wizard = WizardRobot.open(robot, shell, WIZARD);
		wizard.type(PREFIX + ".path", SharedData.file(ROTTERDAM).toString());
		wizard.press(PREFIX + ".add");
		wizard.type(PREFIX + ".path", SharedData.file(ROTTERDAM_BROKEN).toString());
		wizard.press(PREFIX + ".add");
		wizard.next();

		Tree preview = robot.widget(wizard.shell(), PREFIX + ".preview", Tree.class);
		robot.waitUntil("the preview", () -> preview.getItemCount() == 2);
		TreeItem good = preview.getItem(0);
		assertEquals("buurten_wgs84.geojson", good.getText(0));
		assertEquals("GeoJSON, 1 laag/lagen", good.getText(1));
		TreeItem layer = good.getItem(0);
		assertTrue(layer.getText(1).startsWith("78 objecten, EPSG:4326, "), layer.getText(1));
		assertTrue(layer.getText(1).contains("Polygon"), layer.getText(1));
		expand(preview, layer);
		assertTrue(List.of(layer.getItems()).stream().anyMatch(column -> column.getText(0).equals("buurtcode")),
				"the columns are listed");

		TreeItem broken = preview.getItem(1);
		assertEquals("kan niet worden gelezen:", broken.getText(1));
		String reason = List.of(broken.getItems()).stream().map(item -> item.getText(1)).reduce("", String::concat);
		assertTrue(reason.contains("regel 84, kolom 1"), "the place of the fault: " + reason);

		Label summary = robot.widget(wizard.shell(), PREFIX + ".summary", Label.class);
		assertTrue(summary.getText().contains("1 bestand(en) kunnen niet worden gelezen"), summary.getText());
		assertEquals(DEMO_LAYERS, mapView.getMapContent().layers().size(), "nothing is added before Finish");
		robot.screenshot("import-layers-preview");

		assertTrue(wizard.canFinish());
		wizard.finish();
		List<Layer> layers = mapView.getMapContent().layers();
		assertEquals(DEMO_LAYERS + 1, layers.size());
		assertEquals("buurten_wgs84", layers.get(DEMO_LAYERS).getTitle());
		waitForFrame();
		robot.screenshot("import-layers-finished");
	}

	/** Expands a tree item as a user's click does, so that a lazy viewer creates the children. */
	private void expand(Tree tree, TreeItem item) {
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
		robot.settle(50);
	}

	@Test
	void aFileThatDoesNotExistIsRefusedOnTheFirstPage() throws Exception {
		wizard = WizardRobot.open(robot, shell, WIZARD);
		wizard.type(PREFIX + ".path", "/nonexistent/buurten.geojson");
		wizard.press(PREFIX + ".add");
		assertTrue(wizard.errorMessage().contains("/nonexistent/buurten.geojson"), wizard.errorMessage());
		assertFalse(wizard.canFinish());
	}
}
