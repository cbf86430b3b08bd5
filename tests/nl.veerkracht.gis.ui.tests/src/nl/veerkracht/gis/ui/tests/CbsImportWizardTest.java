package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.testsupport.SharedData;

/**
 * File &gt; Import &gt; CBS-cijfers: Rotterdam's Kerncijfers 2017 (StatLine CSV) joined to the real buurt
 * polygons; the preview shows regions, year and what did not join; Finish adds the joined layer.
 */
class CbsImportWizardTest extends MapTestBase {

	private static final String WIZARD = "nl.veerkracht.cbs.ui.import.files";
	private static final String PREFIX = "veerkracht.import.cbs";

	private WizardRobot wizard;

	@AfterEach
	void closeWizard() {
		if (wizard != null) {
			wizard.cancel();
		}
	}

	@Test
	void joinsKerncijfersToBoundariesAndReportsWhatDidNotJoin() throws Exception {
		wizard = WizardRobot.open(robot, shell, WIZARD);
		wizard.type(PREFIX + ".path", SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2017.csv").toString());
		wizard.press(PREFIX + ".add");
		wizard.type(PREFIX + ".boundaries", SharedData.file(ROTTERDAM).toString());
		wizard.next();

		Table files = robot.widget(wizard.shell(), PREFIX + ".files.preview", Table.class);
		robot.waitUntil("the preview", () -> files.getItemCount() == 1);
		TableItem csv = files.getItem(0);
		assertEquals("StatLine-CSV", csv.getText(1));
		assertEquals("2017", csv.getText(2));
		assertEquals("1/22/92", csv.getText(3), "gemeente, wijken, buurten");
		assertEquals("2017", robot.widget(wizard.shell(), PREFIX + ".year", Combo.class).getText());

		String join = robot.widget(wizard.shell(), PREFIX + ".join", Text.class).getText();
		assertTrue(join.startsWith("78 grenzen gekoppeld op 'buurtcode' voor 2017."), join);
		assertTrue(join.contains("14 gebieden met cijfers maar zonder grens"), join);
		assertTrue(join.contains("Indelingswijzigingen"), join);
		robot.screenshot("import-cbs-preview");

		wizard.finish();
		List<Layer> layers = mapView.getMapContent().layers();
		assertEquals(DEMO_LAYERS + 1, layers.size());
		VectorLayer joined = (VectorLayer) layers.get(DEMO_LAYERS);
		assertEquals("CBS 2017 \u2014 buurten_wgs84.geojson", joined.getTitle());
		assertEquals(78, joined.getFeatures().size());
		Feature first = joined.getFeatures().getFeatures().get(0);
		assertTrue(first.getSchema().attribute("a_inw").isPresent(), "figures are attributes of the layer");
		assertNull(wizard.errorMessage());
	}

	@Test
	void readsAKwbWorkbookWithPoiAndJoinsItsWijkenToTheNationalMap() throws Exception {
		wizard = WizardRobot.open(robot, shell, WIZARD);
		wizard.type(PREFIX + ".path", SharedData.file("utrecht/CBS-Utrecht-kwb-2024.xlsx").toString());
		wizard.press(PREFIX + ".add");
		wizard.type(PREFIX + ".boundaries", SharedData.file("nederland/wijken_2024.geojson").toString());
		wizard.next();

		Table files = robot.widget(wizard.shell(), PREFIX + ".files.preview", Table.class);
		robot.waitUntil("the preview", () -> files.getItemCount() == 1);
		TableItem workbook = files.getItem(0);
		assertEquals("KWB-Excel", workbook.getText(1));
		assertEquals("2024", workbook.getText(2));
		assertEquals("1/10/111", workbook.getText(3));
		String join = robot.widget(wizard.shell(), PREFIX + ".join", Text.class).getText();
		assertTrue(join.startsWith("10 grenzen gekoppeld op 'wijkcode' voor 2024."), join);

		wizard.finish();
		VectorLayer joined = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		assertEquals(3475, joined.getFeatures().size(), "every boundary stays, with or without figures");
	}
}
