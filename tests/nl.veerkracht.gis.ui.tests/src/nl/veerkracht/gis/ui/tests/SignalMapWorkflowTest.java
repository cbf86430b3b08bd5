package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.ui.table.AttributeTableView;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.Role;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.open.OpenSignalMapJob;
import nl.veerkracht.scoring.ui.open.SignalMapWizardKeys;
import nl.veerkracht.scoring.ui.weights.WeightsView;
import nl.veerkracht.scoring.ui.weights.WeightsWidgetKeys;
import nl.veerkracht.testsupport.SharedData;

/**
 * The signaleringskaart in the workbench (issue 6): made for Rotterdam through "Signaleringskaart maken…"
 * (KWB 2014–2016, the buurt boundaries, GM0599), shown as four layers with the classes' legend and colours
 * on screen; tuned in the Gewichten view with real keyboard and pointer input, the map following; bad input
 * files named in the wizard.
 */
class SignalMapWorkflowTest extends InteractionTestBase {

	private static final List<String> CLASSES = List.of("veerkrachtig", "eerder veerkrachtig", "gemiddeld", "kwetsbaar",
			"zeer kwetsbaar", "geen gegevens");

	/** The colours the issue asks for: ColorBrewer RdYlBu with 5 classes, reversed; geen gegevens light grey. */
	private static final Map<String, Color> CLASS_COLOURS = Map.of("veerkrachtig", new Color(0x2C, 0x7B, 0xB6),
			"eerder veerkrachtig", new Color(0xAB, 0xD9, 0xE9), "gemiddeld", new Color(0xFF, 0xFF, 0xBF), "kwetsbaar",
			new Color(0xFD, 0xAE, 0x61), "zeer kwetsbaar", new Color(0xD7, 0x19, 0x1C), "geen gegevens",
			new Color(0xD3, 0xD3, 0xD3));

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private SignalMapWizardDriver wizard;

	@AfterEach
	void closeWizard() {
		if (wizard != null) {
			wizard.cancel();
		}
	}

	@Test
	void opensTheRotterdamSignalMapThroughTheWizard() throws Exception {
		assertMainMenuOffersTheWizard();
		assertMapToolbarOffersTheWizard();
		openAndWait(SharedData.file(ROTTERDAM));
		List<Layer> before = mapView.getMapContent().layers();
		VectorLayer boundaries = (VectorLayer) before.get(before.size() - 1);

		wizard = SignalMapWizardDriver.open(robot, mapView.getSite().getWorkbenchWindow());
		assertTrue(wizard.widget(SignalMapWizardKeys.BOUNDARIES_FROM_LAYER, Button.class).getSelection(),
				"the buurt layer in the map is offered as the boundaries");
		assertEquals("buurten_wgs84 (buurten_wgs84.geojson)",
				wizard.widget(SignalMapWizardKeys.BOUNDARIES_LAYER, Combo.class).getText());
		assertFalse(wizard.canGoNext(), "no KWB file yet");
		for (String kwb : SignalMapFixture.KWB) {
			wizard.addKwb(SharedData.file(kwb).toString());
		}
		assertEquals(3, wizard.widget(SignalMapWizardKeys.KWB + ".files", org.eclipse.swt.widgets.List.class).getItemCount());
		robot.settle(300);
		robot.screenshot("signal-map-wizard-files");
		wizard.next();

		robot.waitUntil("the preview", wizard::canFinish);
		Table files = wizard.widget(SignalMapWizardKeys.PREVIEW_FILES, Table.class);
		assertEquals(4, files.getItemCount(), "three KWB files and the boundaries");
		for (int i = 0; i < 3; i++) {
			assertEquals("StatLine-CSV", files.getItem(i).getText(1));
			assertEquals(Integer.toString(2014 + i), files.getItem(i).getText(2));
		}
		assertEquals("buurten_wgs84", files.getItem(3).getText(0));
		assertEquals("Grenzen (GeoJSON)", files.getItem(3).getText(1));
		String gemeente = wizard.widget(SignalMapWizardKeys.GEMEENTE, Combo.class).getText();
		assertTrue(gemeente.startsWith("GM0599 Rotterdam ("), "the one gemeente is chosen: " + gemeente);
		String summary = wizard.widget(SignalMapWizardKeys.SUMMARY, Label.class).getText();
		assertTrue(summary.contains("buurten hebben cijfers") && summary.contains("jaren 2014\u20132016"), summary);
		List<String> statuses = Arrays.stream(wizard.widget(SignalMapWizardKeys.INDICATORS, Table.class).getItems())
				.map(item -> item.getText(2)).toList();
		assertTrue(statuses.stream().filter("wordt berekend"::equals).count() >= 10, statuses.toString());
		assertTrue(statuses.stream().anyMatch(s -> s.startsWith("weggelaten: geen enkele waarde")),
				"an indicator without data is listed with its reason: " + statuses);
		Combo year = wizard.widget(SignalMapWizardKeys.YEAR, Combo.class);
		assertEquals(List.of("2014", "2015", "2016"), Arrays.asList(year.getItems()));
		assertEquals("2016", year.getText(), "the latest year by default");
		String messages = wizard.widget(SignalMapWizardKeys.MESSAGES, Text.class).getText();
		assertTrue(messages.contains("ontbrekende waarden (CBS-tekens)"), messages);
		assertNull(wizard.errorMessage());
		robot.settle(300);
		robot.screenshot("signal-map-wizard-preview");

		wizard.finish();
		robot.waitForJobs("the signal map to be scored", OpenSignalMapJob.FAMILY);
		robot.waitUntil("the signal map in the Map view", () -> SignalMapSession.current().isPresent());
		SignalMapSession session = SignalMapSession.current().orElseThrow();
		assertEquals(Optional.of("GM0599"), session.inputs().gemeente());
		assertEquals(SignalMapFixture.KWB.stream().map(SharedData::file).map(SignalMapWorkflowTest::normal).toList(),
				session.inputs().kwbFiles());
		assertEquals(normal(SharedData.file(ROTTERDAM)), normal(session.inputs().boundaries()));
		assertEquals(2016, session.state().year());

		List<Layer> layers = mapView.getMapContent().layers();
		assertEquals(before.size() + 4, layers.size());
		assertEquals(session.layers(), List.of(layers.get(layers.size() - 1), layers.get(layers.size() - 2),
				layers.get(layers.size() - 3), layers.get(layers.size() - 4)), "the four layers, the classes on top");
		assertEquals(List.of("Signaleringskaart 2016", "Trend 2014\u20132016", "Hot spots 2016", "Vroege signalen 2014\u20132016"),
				session.layers().stream().map(Layer::getTitle).toList());
		assertEquals(List.of(true, false, false, false), session.layers().stream().map(Layer::isVisible).toList());
		IWorkbenchPage page = mapView.getSite().getPage();
		assertNotNull(page.findView(WeightsView.ID), "Finish opens the Gewichten view");

		org.eclipse.swt.widgets.Tree tree = layersTree();
		robot.waitUntil("Lagen to list the signal map",
				() -> Arrays.stream(tree.getItems()).anyMatch(item -> item.getData() == session.klasseLayer()));
		assertEquals(CLASSES, legendRows(session.klasseLayer(), CLASSES.size()), "the classes' legend in Lagen");

		mapView.getMapContent().setVisible(boundaries, false);
		waitForFrame();
		Map<String, Integer> checked = new LinkedHashMap<>();
		for (Feature feature : session.klasseLayer().getFeatures().getFeatures()) {
			String klasse = (String) feature.getAttribute(SignalMapLayer.KLASSE);
			Optional<Point> pixel = pixelOfClassLayerOnly(session.klasseLayer(), feature);
			if (pixel.isPresent() && checked.getOrDefault(klasse, 0) < 2) {
				assertShowsClassColour(session.klasseLayer(), feature, pixel.get());
				if (klasse.equals("geen gegevens")) {
					RGB grey = robot.pixel(pixel.get().x, pixel.get().y);
					assertTrue(Math.abs(grey.red - grey.green) <= 3 && Math.abs(grey.green - grey.blue) <= 3
							&& grey.red < 240, "a buurt without data is grey on screen: " + grey);
				}
				checked.merge(klasse, 1, Integer::sum);
			}
		}
		assertTrue(checked.keySet().containsAll(List.of("zeer kwetsbaar", "veerkrachtig", "geen gegevens")),
				"checked on screen: " + checked);
		robot.settle(300);
		robot.screenshot("signal-map-rotterdam");
	}

	@Test
	void aWeightTypedInTheGewichtenViewRecoloursTheMapAndTheYearRetitlesIt() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		IWorkbenchPage page = mapView.getSite().getPage();
		AttributeTableView table = (AttributeTableView) page.showView(AttributeTableView.ID);
		table.showLayer(session.klasseLayer());
		page.showView(WeightsView.ID);
		page.activate(mapView);
		waitForFrame();
		ScoringState before = session.state();
		Change change = findVisibleClassChange(session);

		typeWeight(change.indicatorId(), "4");
		robot.waitForJobs("the map to be rescored", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the new weight scored", () -> session.state().weights().get(change.indicatorId()) == 4.0);
		assertEquals(40, robot.widget(shell, WeightsWidgetKeys.slider(change.indicatorId()), Scale.class).getSelection(),
				"the slider follows the spinner");
		assertEquals(before.weights().with(change.indicatorId(), 4.0), session.state().weights(), "only that weight changed");

		Feature rescored = buurt(session.klasseLayer(), change.buurtCode());
		assertEquals(change.klasse(), rescored.getAttribute(SignalMapLayer.KLASSE));
		assertFalse(change.klasse().equals(change.formerKlasse()));
		assertEquals(change.kwetsbaarheid(), rescored.getAttribute(SignalMapLayer.KWETSBAARHEID));
		robot.waitUntil("the attribute table to reload", () -> table.getLayer() == session.klasseLayer()
				&& change.klasse().equals(rowFeature(table, change.buurtCode()).getAttribute(SignalMapLayer.KLASSE)));
		assertEquals(change.kwetsbaarheid(), rowFeature(table, change.buurtCode()).getAttribute(SignalMapLayer.KWETSBAARHEID),
				"the attribute table shows the new kwetsbaarheid");
		page.activate(mapView);
		waitForFrame();
		Point pixel = pixelOfClassLayerOnly(session.klasseLayer(), rescored)
				.orElseThrow(() -> new AssertionError("the buurt is no longer clear on the map"));
		assertShowsClassColour(session.klasseLayer(), rescored, pixel);

		Map<Klasse, Integer> counts = session.state().result().classCounts();
		String status = robot.widget(shell, WeightsWidgetKeys.STATUS, Label.class).getText();
		assertTrue(status.startsWith("Klassen 2016: " + counts.getOrDefault(Klasse.ZEER_KWETSBAAR, 0) + " zeer kwetsbaar \u00b7 "
				+ counts.getOrDefault(Klasse.KWETSBAAR, 0) + " kwetsbaar \u00b7 "), status);
		robot.settle(300);
		robot.screenshot("signal-map-weights");

		choose(robot.widget(shell, WeightsWidgetKeys.YEAR, Combo.class), "2015");
		robot.waitForJobs("the map to be rescored for 2015", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("2015 on the map", () -> session.state().year() == 2015);
		assertEquals(List.of("Signaleringskaart 2015", "Trend 2014\u20132015", "Hot spots 2015", "Vroege signalen 2014\u20132015"),
				session.layers().stream().map(Layer::getTitle).toList());
		ScoringState expected2015 = ScoringState.compute(before.run(), before.weights().with(change.indicatorId(), 4.0), 2015,
				before.crs());
		int compared = 0;
		for (Feature feature : session.klasseLayer().getFeatures().getFeatures()) {
			assertEquals(2015, ((Number) feature.getAttribute(SignalMapLayer.JAAR)).intValue());
			Feature expected = buurt(expected2015.layer(), (String) feature.getAttribute(SignalMapLayer.BU_CODE));
			assertEquals(expected.getAttribute(SignalMapLayer.KWETSBAARHEID), feature.getAttribute(SignalMapLayer.KWETSBAARHEID));
			assertEquals(expected.getAttribute(SignalMapLayer.KLASSE), feature.getAttribute(SignalMapLayer.KLASSE));
			compared++;
		}
		assertEquals(before.run().table().regionCount(), compared);
		assertTrue(robot.widget(shell, WeightsWidgetKeys.STATUS, Label.class).getText().startsWith("Klassen 2015: "));

		Button reset = robot.widget(shell, WeightsWidgetKeys.reset(change.indicatorId()), Button.class);
		reset.setFocus();
		robot.settle(100);
		clickButton(reset);
		robot.waitForJobs("the map to be rescored", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the default weight back", () -> session.state().weights().equals(before.weights()));
		assertEquals((int) Math.round(10 * before.weights().get(change.indicatorId())),
				robot.widget(shell, WeightsWidgetKeys.spinner(change.indicatorId()), Spinner.class).getSelection());
		assertEquals(2015, session.state().year(), "the year stays");
	}

	@Test
	void theLastKwetsbaarheidWeightStaysAboveZeroAndStandaardgewichtenRestoresThemAll() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		mapView.getSite().getPage().showView(WeightsView.ID);
		robot.settle(200);
		Weights defaults = session.state().weights();
		List<String> kwetsbaarheid = session.state().run().table().indicators().stream()
				.filter(spec -> spec.role() == Role.KWETSBAARHEID).map(IndicatorSpec::id).toList();
		for (String id : kwetsbaarheid) {
			typeWeight(id, "0");
		}
		robot.waitForJobs("the map to be rescored", SignalMapSession.JOB_FAMILY);
		String last = kwetsbaarheid.get(kwetsbaarheid.size() - 1);
		Weights expected = defaults;
		for (String id : kwetsbaarheid) {
			expected = expected.with(id, id.equals(last) ? 0.1 : 0.0);
		}
		Weights lastKept = expected;
		robot.waitUntil("all kwetsbaarheid weights but the last at 0", () -> session.state().weights().equals(lastKept));
		assertEquals(1, robot.widget(shell, WeightsWidgetKeys.spinner(last), Spinner.class).getSelection(),
				"the last weight shows 0,1");
		Label notice = robot.widget(shell, WeightsWidgetKeys.NOTICE, Label.class);
		assertTrue(notice.isVisible() && notice.getText().contains("geen gegevens"), notice.getText());
		Map<Klasse, Integer> counts = session.state().result().classCounts();
		assertTrue(counts.keySet().stream().anyMatch(k -> k != Klasse.GEEN_GEGEVENS), "buurten keep a class: " + counts);
		IWorkbenchPage page = mapView.getSite().getPage();
		page.setPartState(page.findViewReference(WeightsView.ID), IWorkbenchPage.STATE_MAXIMIZED);
		robot.settle(500);
		robot.screenshot("signal-map-weights-last-weight");
		page.setPartState(page.findViewReference(WeightsView.ID), IWorkbenchPage.STATE_RESTORED);
		robot.settle(300);

		Button resetAll = robot.widget(shell, WeightsWidgetKeys.RESET_ALL, Button.class);
		clickButton(resetAll);
		robot.waitForJobs("the map to be rescored", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the default weights scored", () -> session.state().weights().equals(defaults));
		assertFalse(notice.isVisible(), "the notice is gone");
		for (String id : kwetsbaarheid) {
			assertEquals((int) Math.round(10 * defaults.get(id)),
					robot.widget(shell, WeightsWidgetKeys.slider(id), Scale.class).getSelection(), id);
		}
	}

	@Test
	void badInputFilesAreNamedInTheWizardAndTheMapStaysAsItWas() throws Exception {
		IWorkbenchPage page = mapView.getSite().getPage();
		page.showView(WeightsView.ID);
		robot.settle(200);
		Button make = robot.widget(shell, WeightsWidgetKeys.OPEN_WIZARD, Button.class);
		assertTrue(make.isVisible(), "without a signal map the Gewichten view offers to make one");
		robot.settle(300);
		robot.screenshot("signal-map-weights-empty");
		int layers = mapView.getMapContent().layers().size();

		wizard = SignalMapWizardDriver.open(robot, mapView.getSite().getWorkbenchWindow());
		assertFalse(wizard.widget(SignalMapWizardKeys.BOUNDARIES_FROM_LAYER, Button.class).isEnabled(),
				"no buurt layer in the map");
		assertTrue(wizard.widget(SignalMapWizardKeys.BOUNDARIES_FROM_FILE, Button.class).getSelection());
		wizard.addKwb(SharedData.file("utrecht/CBS-Toelichting-variabelen-kwb-2024.pdf").toString());
		wizard.type(SignalMapWizardKeys.BOUNDARIES_FILE, SharedData.file(ROTTERDAM).toString());
		wizard.next();
		assertProblem("CBS-Toelichting-variabelen-kwb-2024.pdf kan niet worden gelezen");
		Table files = wizard.widget(SignalMapWizardKeys.PREVIEW_FILES, Table.class);
		TableItem unusable = Arrays.stream(files.getItems())
				.filter(item -> item.getText(0).equals("CBS-Toelichting-variabelen-kwb-2024.pdf")).findFirst().orElseThrow();
		assertEquals(display.getSystemColor(SWT.COLOR_DARK_RED).getRGB(), unusable.getForeground().getRGB());
		robot.settle(300);
		robot.screenshot("signal-map-wizard-bad-kwb");

		wizard.back();
		org.eclipse.swt.widgets.List kwb = wizard.widget(SignalMapWizardKeys.KWB + ".files", org.eclipse.swt.widgets.List.class);
		kwb.select(0);
		wizard.press(SignalMapWizardKeys.KWB + ".remove");
		wizard.addKwb(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv").toString());
		wizard.type(SignalMapWizardKeys.BOUNDARIES_FILE, SharedData.file(ROTTERDAM_BROKEN).toString());
		wizard.next();
		assertProblem("buurten_wgs84_as_published_trailing_comma.geojson, regel ");

		wizard.back();
		wizard.type(SignalMapWizardKeys.BOUNDARIES_FILE, SharedData.file("zaanstad/wijk_zaanstad.geojson").toString());
		wizard.next();
		assertProblem("wijk_zaanstad.geojson: het attribuut wk_code bevat geen buurtcodes");

		wizard.back();
		wizard.type(SignalMapWizardKeys.BOUNDARIES_FILE, SharedData.file("baarn/baarn_buurten.geojson").toString());
		wizard.next();
		assertProblem("De KWB-bestanden (Kerncijfers_wijken_en_buurten_2016.csv) hebben geen cijfers voor de ");
		assertTrue(wizard.errorMessage().contains("GM0308 in baarn_buurten.geojson"), wizard.errorMessage());
		robot.settle(300);
		robot.screenshot("signal-map-wizard-no-common-buurten");

		wizard.cancel();
		assertEquals(layers, mapView.getMapContent().layers().size(), "the map is as it was");
		assertTrue(SignalMapSession.current().isEmpty());
	}

	// --- helpers

	private void assertProblem(String start) {
		robot.waitUntil("the preview's verdict", () -> wizard.errorMessage() != null);
		assertTrue(wizard.errorMessage().contains(start), wizard.errorMessage());
		assertFalse(wizard.canFinish(), "Finish stays disabled");
	}

	private void assertMainMenuOffersTheWizard() {
		MenuItem signalMap = Arrays.stream(shell.getMenuBar().getItems())
				.filter(i -> i.getText().replace("&", "").equals("Signaleringskaart")).findFirst()
				.orElseThrow(() -> new AssertionError("no Signaleringskaart menu"));
		Menu menu = signalMap.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("Signaleringskaart maken...")), items.toString());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("Gewichten")), items.toString());
	}

	private void assertMapToolbarOffersTheWizard() {
		IToolBarManager manager = mapView.getViewSite().getActionBars().getToolBarManager();
		boolean offered = Arrays.stream(((ToolBarManager) manager).getControl().getItems()).map(ToolItem::getToolTipText)
				.anyMatch(tip -> tip != null && tip.startsWith("Maak een signaleringskaart"));
		assertTrue(offered, "the Map view's toolbar offers the wizard");
	}

	/** Types a weight into an indicator's spinner with the real keyboard: click, select all, type, Tab. */
	private void typeWeight(String indicatorId, String text) {
		Spinner spinner = robot.widget(shell, WeightsWidgetKeys.spinner(indicatorId), Spinner.class);
		spinner.setFocus();
		robot.settle(150);
		Point inText = spinner.toDisplay(8, spinner.getSize().y / 2);
		robot.xdotool("mousemove", str(inText.x), str(inText.y), "click", "1");
		robot.xdotool("key", "ctrl+a");
		robot.xdotool("type", text);
		robot.xdotool("key", "Tab");
		robot.settle(150);
	}

	/** A weight change (to 4) that moves a buurt visible on the map into another class. */
	private record Change(String indicatorId, String buurtCode, String formerKlasse, String klasse, Object kwetsbaarheid) {
	}

	private Change findVisibleClassChange(SignalMapSession session) {
		ScoringState state = session.state();
		for (IndicatorSpec spec : state.run().table().indicators()) {
			if (spec.role() != Role.KWETSBAARHEID || state.weights().get(spec.id()) == 4.0) {
				continue;
			}
			ScoringState changed = ScoringState.compute(state.run(), state.weights().with(spec.id(), 4.0), state.year(),
					state.crs());
			for (Feature feature : session.klasseLayer().getFeatures().getFeatures()) {
				String code = (String) feature.getAttribute(SignalMapLayer.BU_CODE);
				Feature after = buurt(changed.layer(), code);
				Object klasse = after.getAttribute(SignalMapLayer.KLASSE);
				if (!klasse.equals(feature.getAttribute(SignalMapLayer.KLASSE))
						&& pixelOfClassLayerOnly(session.klasseLayer(), feature).isPresent()) {
					return new Change(spec.id(), code, (String) feature.getAttribute(SignalMapLayer.KLASSE), (String) klasse,
							after.getAttribute(SignalMapLayer.KWETSBAARHEID));
				}
			}
		}
		throw new AssertionError("no weight of 4 changes the class of a buurt visible on the map");
	}

	private static Feature buurt(VectorLayer layer, String code) {
		return buurt(layer.getFeatures(), code);
	}

	private static Feature buurt(nl.veerkracht.gis.core.feature.FeatureCollection features, String code) {
		return features.getFeatures().stream().filter(f -> code.equals(f.getAttribute(SignalMapLayer.BU_CODE))).findFirst()
				.orElseThrow(() -> new AssertionError("no buurt " + code));
	}

	private static Feature rowFeature(AttributeTableView table, String code) {
		int rows = table.getLayer().getFeatures().size();
		for (int row = 0; row < rows; row++) {
			Feature feature = table.getFeatureOfRow(row);
			if (code.equals(feature.getAttribute(SignalMapLayer.BU_CODE))) {
				return feature;
			}
		}
		throw new AssertionError("no row of " + code);
	}

	/**
	 * A screen pixel inside a buurt of the class layer where no other visible layer is drawn, away from every
	 * outline: there the screen shows the class colour over the white map.
	 */
	private Optional<Point> pixelOfClassLayerOnly(VectorLayer klasseLayer, Feature feature) {
		Optional<Point> pixel = clearPixelInside(klasseLayer, feature);
		if (pixel.isEmpty()) {
			return pixel;
		}
		Point inControl = mapView.getMapCanvas().getControl().toControl(pixel.get());
		Coordinate world = mapView.getMapCanvas().getViewport().toWorld(inControl.x, inControl.y);
		org.locationtech.jts.geom.Point point = GEOMETRIES.createPoint(world);
		for (Layer layer : mapView.getMapContent().layers()) {
			if (layer != klasseLayer && layer.isVisible() && layer instanceof VectorLayer vector) {
				for (ProjectedFeature other : vector.query(mapView.getMapContent().getCrs(), new Envelope(world))) {
					if (other.geometry().contains(point)) {
						return Optional.empty();
					}
				}
			}
		}
		return pixel;
	}

	/** Asserts that the screen shows a buurt in the colour of its class over the white map. */
	private void assertShowsClassColour(VectorLayer klasseLayer, Feature feature, Point onScreen) {
		String klasse = (String) feature.getAttribute(SignalMapLayer.KLASSE);
		double opacity = ((CategorizedStyle) klasseLayer.getStyle()).categories().get(0).symbol().opacity()
				* klasseLayer.getOpacity();
		Color fill = CLASS_COLOURS.get(klasse);
		RGB expected = new RGB(blend(fill.getRed(), opacity), blend(fill.getGreen(), opacity), blend(fill.getBlue(), opacity));
		RGB actual = robot.pixel(onScreen.x, onScreen.y);
		assertTrue(close(expected, actual), feature.getAttribute(SignalMapLayer.BU_CODE) + " (" + klasse + ") at " + onScreen
				+ ": expected " + expected + ", screen shows " + actual);
	}

	private static int blend(int channel, double opacity) {
		return (int) Math.round(channel * opacity + 255 * (1 - opacity));
	}

	private static Path normal(Path path) {
		return path.toAbsolutePath().normalize();
	}
}
