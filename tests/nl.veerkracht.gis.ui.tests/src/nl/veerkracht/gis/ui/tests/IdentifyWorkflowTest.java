package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.identify.IdentifiedFeature;
import nl.veerkracht.gis.ui.map.MapToolKind;
import nl.veerkracht.testsupport.SharedData;

/**
 * Identify in the real workbench: choose the tool on the Map view's toolbar, click a buurt with the
 * real pointer, and read what the Properties view shows; modifier keys, Escape, and how CBS missing
 * values are shown.
 */
class IdentifyWorkflowTest extends InteractionTestBase {

	@Test
	void clickingARotterdamBuurtShowsItsNameAndCodeInThePropertiesView() {
		openAndWait(SharedData.file(ROTTERDAM));
		VectorLayer rotterdam = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		waitForFrame();

		clickMapToolbar("Identificeren");
		assertEquals(MapToolKind.IDENTIFY, mapView.getMapCanvas().getTool(), "the toolbar item chose the identify tool");
		Feature stadsdriehoek = feature(rotterdam, "buurtnaam", "Stadsdriehoek");
		click(onScreen(rotterdam, stadsdriehoek));

		assertEquals(List.of(stadsdriehoek), List.copyOf(rotterdam.getSelection()), "the clicked buurt is selected");
		IStructuredSelection selection = (IStructuredSelection) mapView.getSite().getSelectionProvider().getSelection();
		assertEquals(List.of(new IdentifiedFeature(rotterdam, stadsdriehoek)), selection.toList());
		Map<String, String> shown = propertiesShown();
		assertEquals("Stadsdriehoek", shown.get("buurtnaam"), shown::toString);
		assertEquals("BU05990110", shown.get("buurtcode"), shown::toString);
		assertEquals("buurten_wgs84", shown.get("Laag"), shown::toString);
		assertEquals("MultiPolygon", shown.get("Geometrie"), shown::toString);

		waitForFrame();
		Feature neighbour = feature(rotterdam, "buurtnaam", "Oude Westen");
		assertHighlight(rotterdam, List.of(stadsdriehoek), List.of(neighbour));
		robot.screenshot("identify-rotterdam-stadsdriehoek");

		click(onScreen(rotterdam, neighbour), "shift");
		assertEquals(2, rotterdam.getSelection().size(), "Shift-click adds");
		click(onScreen(rotterdam, stadsdriehoek), "ctrl");
		assertEquals(List.of(neighbour), List.copyOf(rotterdam.getSelection()), "Ctrl-click toggles");
		assertEquals("Oude Westen", propertiesShown().get("buurtnaam"));

		focusMap();
		robot.xdotool("key", "Escape");
		robot.waitUntil("Escape to clear the selection", () -> rotterdam.getSelection().isEmpty());
		robot.waitUntil("the map's workbench selection to follow",
				() -> mapView.getSite().getSelectionProvider().getSelection().isEmpty());

		chooseToolByCommandState("pan");
		Point onStadsdriehoek = onScreen(rotterdam, stadsdriehoek);
		robot.xdotool("mousemove", str(onStadsdriehoek.x), str(onStadsdriehoek.y), "click", "3");
		robot.settle(500);
		robot.screenshot("map-context-menu");
		robot.xdotool("key", "Down", "Return");
		robot.waitUntil("Identificeren in the context menu to identify the buurt under it, whatever the tool",
				() -> rotterdam.getSelection().contains(stadsdriehoek));
		assertEquals("Stadsdriehoek", propertiesShown().get("buurtnaam"));
	}

	@Test
	void aSecretCbsValueShowsItsReasonInsteadOfANumber() {
		openAndWait(SharedData.file("baarn/baarn_buurten.geojson"));
		VectorLayer baarn = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		Feature sherpa = feature(baarn, "buurtnaam", "Amerpoort Sherpa");
		assertEquals(-99997.0, ((Number) sherpa.getAttribute("percentage_eenpersoonshuishoudens")).doubleValue(),
				"the file marks the share of one-person households of this small buurt as secret");
		mapView.getMapCanvas().zoomTo(projected(baarn, sherpa).geometry().getEnvelopeInternal());
		waitForFrame();

		focusMap();
		robot.xdotool("key", "i");
		robot.waitUntil("the I key to choose the identify tool", () -> mapView.getMapCanvas().getTool() == MapToolKind.IDENTIFY);
		Point inside = onScreen(baarn, sherpa);
		click(inside);
		assertSame(sherpa, baarn.getSelection().iterator().next());

		Map<String, String> shown = propertiesShown();
		assertEquals("ontbreekt: geheim (CBS-code -99997)",
				shown.get("Eenpersoonshuishoudens (%) (percentage_eenpersoonshuishoudens)"), shown::toString);
		assertEquals("705", shown.get("Aantal inwoners (aantal_inwoners)"), shown::toString);
		assertTrue(shown.values().stream().anyMatch(v -> v.equals("ontbreekt: (nog) niet gepubliceerd (CBS-code -99995)")),
				"the themes CBS had not published when the map was made: " + shown);
		assertTrue(shown.values().stream().noneMatch(v -> v.contains("99.99") || v.startsWith("-9999")),
				"no missing-value code is shown as a number: " + shown);
		robot.screenshot("identify-baarn-secret-value");
	}

	@Test
	void aFigureMissingFromAJoinedStatLineFileShowsItsReasonAndWhereTheMarkerWas() throws Exception {
		VectorLayer joined = importCbsFigures("rotterdam/Kerncijfers_wijken_en_buurten_2017.csv", ROTTERDAM);
		Feature withGaps = joined.getFeatures().getFeatures().stream().filter(f -> nullFigure(f) != null)
				.max(Comparator.comparingDouble(f -> projected(joined, f).geometry().getArea()))
				.orElseThrow(() -> new AssertionError("the 2017 figures of some buurt have gaps"));
		String attribute = nullFigure(withGaps);
		mapView.getMapCanvas().zoomTo(projected(joined, withGaps).geometry().getEnvelopeInternal());
		waitForFrame();
		clickMapToolbar("Identificeren");
		click(onScreen(joined, withGaps));
		assertSame(withGaps, joined.getSelection().iterator().next());

		Map<String, String> shown = propertiesShown();
		String value = shown.entrySet().stream().filter(e -> e.getKey().endsWith("(" + attribute + ")")).map(Map.Entry::getValue)
				.findFirst().orElseThrow(() -> new AssertionError("no property for " + attribute + " in " + shown));
		assertTrue(value.matches("ontbreekt: (onbekend, onvoldoende betrouwbaar of geheim|geheim|nihil.*|leeg.*|niet te berekenen.*)"
				+ " \\(.*Kerncijfers_wijken_en_buurten_2017\\.csv.*\\)"), attribute + " of " + withGaps.getAttribute("buurtnaam")
				+ " shows why it is missing and where the marker was: " + value);
		robot.screenshot("identify-joined-missing-reason");
	}

	/** The name of a CBS figure the feature lacks (null after the join), or null if it has all. */
	private static String nullFigure(Feature feature) {
		for (int i = 0; i < feature.getSchema().size(); i++) {
			String name = feature.getSchema().attribute(i).name();
			if (feature.getAttribute(i) == null && name.matches("[a-z]_.*")) {
				return name;
			}
		}
		return null;
	}
}
