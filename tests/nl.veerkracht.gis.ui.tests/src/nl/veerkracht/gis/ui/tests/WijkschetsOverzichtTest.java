package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.ProjectStatus;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.maps.MapScale;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.wijkschets.ui.editor.OpenWijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;
import nl.veerkracht.wijkschets.ui.map.MapWidgetKeys;
import nl.veerkracht.wijkschets.ui.map.WijkMap;
import nl.veerkracht.wijkschets.ui.map.WijkMapFraming;
import nl.veerkracht.wijkschets.ui.overzicht.OverzichtPage;
import nl.veerkracht.wijkschets.ui.overzicht.OverzichtWidgetKeys;

/**
 * The Overzicht page of the wijkschets editor on Delfshaven in the real workbench, with the Rotterdam signal
 * map shown: the live map shows the wijk's buurten on screen in their class colours with the gemeente as
 * inset, follows rescoring and closing, and keeps the view the user pans to; every field is filled with real
 * pointer and keyboard events, each edit undoable, the selected project in the Properties view; the photo
 * is chosen in the file dialog and a missing or broken photo is told by name.
 */
class WijkschetsOverzichtTest extends MapTestBase {

	private static final String PROJECT = "overzicht-test";
	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private WijkschetsEditor editor;

	@AfterEach
	void closeEditorAndProject() throws Exception {
		if (page != null) {
			page.closeAllEditors(false);
			robot.settle(100);
		}
		WijkschetsFixture.delete(PROJECT);
	}

	@Test
	void theMapShowsTheWijkInItsClassesFollowsTheSignalMapAndKeepsTheView() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		IFile file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		page = mapView.getSite().getPage();
		editor = WijkschetsFixture.openDelfshaven(page, file);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		OverzichtPage overzicht = overzicht();
		WijkMap map = overzicht.getWijkMap().orElseThrow();
		robot.waitUntil("the map of Delfshaven", map::isMapShown);
		MapCanvas canvas = map.getMapCanvas().orElseThrow();
		robot.waitUntil("a frame of the wijk", canvas::isFrameCurrent);
		robot.settle(400);
		WijkMapFraming framing = map.getFraming().orElseThrow();
		assertTrue(framing.buurtCount() >= 5, "Delfshaven has its buurten: " + framing.buurtCount());
		assertTrue(canvas.getViewport().visibleEnvelope().contains(framing.mainEnvelope())
				|| framing.mainEnvelope().contains(canvas.getViewport().visibleEnvelope().centre()),
				"zoomed to the wijk: " + canvas.getViewport().visibleEnvelope() + " / " + framing.mainEnvelope());
		Envelope gemeente = framing.insetEnvelope();
		assertTrue(canvas.getViewport().visibleEnvelope().getArea() < gemeente.getArea() / 4,
				"the main map shows the wijk, not the whole gemeente");

		WijkMapFraming headless = WijkMapFraming.of(session.state().layer(), SignalMapStyles.klasse(), List.of("WK059903"),
				"Delfshaven", true);
		assertEquals(framing.buurtCount(), headless.buurtCount(), "the poster's framing has the same buurten");
		assertEquals(framing.mainEnvelope(), headless.mainEnvelope(), "and the same extent");
		assertTrue(headless.insetEnvelope().contains(headless.mainEnvelope()), "the inset holds the wijk");
		assertEquals(java.util.Set.of("GM0599"), headless.gemeenteCodes());
		assertEquals(4, headless.mainMap().layers().size(), "classes, other wijken, the wijk's boundary, buurt names");
		assertEquals(2, headless.insetMap().layers().size(), "classes and the wijk's boundary");
		assertEquals("WK059903", WijkMapFraming.wijkCodeOf("BU05990310").orElseThrow());
		assertEquals("GM0599", WijkMapFraming.gemeenteCodeOf("WK059903").orElseThrow());
		assertTrue(WijkMapFraming.wijkCodeOf("GM0599").isEmpty());
		assertEquals(0, WijkMapFraming.of(session.state().layer(), SignalMapStyles.klasse(), List.of("WK036301"), "Centrum",
				false).buurtCount(), "an Amsterdam wijk is not in the Rotterdam signal map");

		Feature buurt = largestRatedBuurt(framing);
		assertClassColourOnScreen(map, canvas, framing, buurt);

		Canvas inset = robot.widget(shell, MapWidgetKeys.INSET, Canvas.class);
		assertTrue(inset.isVisible() && inset.getSize().x >= 150 && inset.getSize().y >= 150, "the inset: " + inset.getSize());
		robot.settle(1000);
		assertTrue(classPixels(inset) > 1000, "the inset shows the gemeente's classes: " + classPixels(inset) + " pixels");
		robot.screenshot("wijkschets-overzicht-map");

		KaartInstelling kaart = editor.getWijkschets().getKaart();
		assertNull(kaart.getCenterX(), "nothing kept before the user moves the map");
		Viewport before = canvas.getViewport();
		Point middle = canvas.getControl().toDisplay(canvas.getControl().getSize().x / 3, canvas.getControl().getSize().y / 3);
		drag(middle, new Point(middle.x + 120, middle.y + 60));
		robot.waitUntil("the view kept in the wijkschets", () -> kaart.getCenterX() != null);
		Viewport after = canvas.getViewport();
		assertEquals(before.getCenter().getX() - 120 * before.getScale(), after.getCenter().getX(), 2 * before.getScale(),
				"the map moved with the pointer");
		assertEquals(after.getCenter().getX(), kaart.getCenterX(), 0.1);
		assertEquals(after.getCenter().getY(), kaart.getCenterY(), 0.1);
		assertEquals(MapScale.toDenominator(after.getScale(), WijkMapFraming.MAP_CRS), kaart.getScale(), 1.0);
		assertEquals("EPSG:28992", kaart.getCrsCode());
		assertTrue(editor.isDirty(), "the kept view waits for Save");

		Point wheelAt = canvas.getControl().toDisplay(canvas.getControl().getSize().x / 2, canvas.getControl().getSize().y / 2);
		double keptScale = kaart.getScale();
		robot.xdotool("mousemove", str(wheelAt.x), str(wheelAt.y), "click", "4");
		robot.waitUntil("the zoom kept", () -> kaart.getScale() < keptScale);
		double zoomedScale = kaart.getScale();
		Coordinate zoomedCenter = canvas.getViewport().getCenter();

		undo();
		assertEquals(keptScale, kaart.getScale(), 1.0, "Edit > Undo takes the zoom back in the model");
		robot.xdotool("mousemove", str(wheelAt.x), str(wheelAt.y), "click", "4");
		robot.waitUntil("the zoom kept again", () -> kaart.getScale() < keptScale);
		zoomedScale = kaart.getScale();
		zoomedCenter = canvas.getViewport().getCenter();
		editor.doSave(null);
		assertFalse(editor.isDirty());

		page.closeEditor(editor, false);
		robot.settle(200);
		editor = (WijkschetsEditor) OpenWijkschets.open(page, wijkschets(file)).orElseThrow();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		WijkMap reopened = overzicht().getWijkMap().orElseThrow();
		robot.waitUntil("the map again", reopened::isMapShown);
		MapCanvas again = reopened.getMapCanvas().orElseThrow();
		robot.waitUntil("a frame again", again::isFrameCurrent);
		assertEquals(zoomedCenter.getX(), again.getViewport().getCenter().getX(), 1.0, "the kept view is shown again");
		assertEquals(zoomedCenter.getY(), again.getViewport().getCenter().getY(), 1.0);
		assertEquals(zoomedScale, MapScale.toDenominator(again.getViewport().getScale(), WijkMapFraming.MAP_CRS), 2.0);
		assertFalse(editor.isDirty(), "showing the kept view changes nothing");

		session = SignalMapSession.current().orElseThrow();
		int[] years = session.state().run().years();
		session.setYear(years[0]);
		robot.waitForJobs("rescoring", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the rescored classes in the wijk map", () -> reopened.getFraming().orElseThrow().mainKlasseLayer()
				.getFeatures() == SignalMapSession.current().orElseThrow().state().layer());
		assertEquals(years[0], SignalMapSession.current().orElseThrow().state().year());

		mapView.getMapContent().removeLayer(session.klasseLayer());
		robot.waitUntil("the message instead of the map", () -> !reopened.isMapShown());
		assertTrue(reopened.getMessage().startsWith("Er is geen signaleringskaart open"), reopened.getMessage());
		Button action = robot.widget(shell, MapWidgetKeys.ACTION, Button.class);
		assertTrue(action.isVisible());
		assertEquals("Signaleringskaart maken\u2026", action.getText(), "no kept signal map: offer to make one");
		robot.settle(400);
		robot.screenshot("wijkschets-overzicht-no-signal-map");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void everyFieldIsFilledWithRealEventsAndUndoable() throws Exception {
		SignalMapFixture.showRotterdam(mapView);
		IFile file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		page = mapView.getSite().getPage();
		editor = WijkschetsFixture.openDelfshaven(page, file);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		OverzichtPage overzicht = overzicht();
		Wijkschets schets = editor.getWijkschets();
		robot.waitUntil("the map of Delfshaven", overzicht.getWijkMap().orElseThrow()::isMapShown);

		Text name = robot.widget(shell, OverzichtWidgetKeys.NAME, Text.class);
		click(name);
		robot.waitUntil("the name field focused", name::isFocusControl);
		robot.xdotool("key", "ctrl+a");
		robot.xdotool("type", "--delay", "20", "Delfshaven werksessie");
		robot.waitUntil("the typed name in the field", () -> name.getText().equals("Delfshaven werksessie"));
		robot.xdotool("key", "Tab");
		robot.waitUntil("the name committed on leaving the field", () -> "Delfshaven werksessie".equals(schets.getName()));

		Button complete = robot.widget(shell, OverzichtWidgetKeys.COMPLETE, Button.class);
		click(complete);
		assertTrue(schets.isComplete(), "the check box marks the wijkschets complete");
		assertTrue(editor.problems().stream().anyMatch(p -> p.getMessage().contains("als compleet gemarkeerd")),
				"complete: the validation bites");

		Text bevolking = robot.widget(shell, OverzichtWidgetKeys.BEVOLKING, Text.class);
		click(bevolking);
		robot.waitUntil("the bevolking field focused", bevolking::isFocusControl);
		robot.xdotool("type", "--delay", "20", "Jonge gezinnen en veel ouderen");
		robot.xdotool("key", "Return");
		robot.xdotool("type", "--delay", "20", "Hoog aandeel huur");
		click(name);
		robot.waitUntil("the bevolking committed on leaving the field",
				() -> "Jonge gezinnen en veel ouderen\nHoog aandeel huur".equals(schets.getBevolking()));

		Combo fysiek = robot.widget(shell, OverzichtWidgetKeys.rating(StatusAspect.FYSIEKE_KWALITEIT), Combo.class);
		assertEquals("(nog niet beoordeeld)", fysiek.getText());
		fysiek.setFocus();
		robot.waitUntil("the rating focused", fysiek::isFocusControl);
		press("Down", 3);
		robot.settle(300);
		assertEquals(Beoordeling.MATIG, beoordeling(schets, StatusAspect.FYSIEKE_KWALITEIT).getRating(),
				"three steps down from (nog niet beoordeeld): matig");
		assertEquals("matig", fysiek.getText());
		Text note = robot.widget(shell, OverzichtWidgetKeys.note(StatusAspect.FYSIEKE_KWALITEIT), Text.class);
		click(note);
		robot.waitUntil("the note focused", note::isFocusControl);
		robot.xdotool("type", "--delay", "20", "Achterstallig onderhoud");
		robot.xdotool("key", "Tab");
		robot.waitUntil("the note committed", () -> "Achterstallig onderhoud"
				.equals(beoordeling(schets, StatusAspect.FYSIEKE_KWALITEIT).getNote()));
		Combo sociaal = robot.widget(shell, OverzichtWidgetKeys.rating(StatusAspect.SOCIALE_LEEFBAARHEID), Combo.class);
		sociaal.setFocus();
		robot.waitUntil("the rating focused", sociaal::isFocusControl);
		press("Down", 2);
		robot.settle(300);
		assertEquals(Beoordeling.ZWAK, beoordeling(schets, StatusAspect.SOCIALE_LEEFBAARHEID).getRating());
		press("Up", 2);
		robot.settle(300);
		assertFalse(beoordeling(schets, StatusAspect.SOCIALE_LEEFBAARHEID).isSetRating(),
				"(nog niet beoordeeld) unsets the rating");
		press("Down", 5);
		robot.settle(300);
		assertEquals(Beoordeling.GOED, beoordeling(schets, StatusAspect.SOCIALE_LEEFBAARHEID).getRating());

		Table table = robot.widget(shell, OverzichtWidgetKeys.PROJECTS, Table.class);
		click(robot.widget(shell, OverzichtWidgetKeys.PROJECT_ADD, Button.class));
		assertEquals(1, schets.getSleutelprojecten().size(), "Toevoegen adds a project");
		TableViewer viewer = overzicht.getProjectsViewer().orElseThrow();
		robot.waitUntil("the new project's name being edited", viewer::isCellEditorActive);
		robot.xdotool("type", "--delay", "20", "Buurthuis De Ster");
		robot.xdotool("key", "Return");
		robot.waitUntil("the name committed", () -> !viewer.isCellEditorActive());
		robot.settle(300);
		Sleutelproject ster = schets.getSleutelprojecten().get(0);
		assertEquals("Buurthuis De Ster", ster.getName(), "the new project's name is edited at once");
		editCell(table, 0, 1, "Gemeente Rotterdam");
		assertEquals("Gemeente Rotterdam", ster.getOwner());
		clickCell(table, 0, 2);
		robot.xdotool("key", "Down");
		robot.settle(150);
		robot.xdotool("key", "Return");
		robot.waitUntil("the status chosen", () -> ster.getStatus() == ProjectStatus.LOPEND);
		robot.settle(400);
		assertEquals(ProjectStatus.LOPEND, ster.getStatus(), "the status chosen in the cell");
		editCell(table, 0, 3, "2024");
		editCell(table, 0, 4, "2027");
		assertEquals(Integer.valueOf(2024), ster.getStartYear());
		assertEquals(Integer.valueOf(2027), ster.getEndYear());
		assertEquals("lopend", table.getItem(0).getText(2));
		editCell(table, 0, 4, "twee");
		assertEquals(Integer.valueOf(2027), ster.getEndYear(), "not a year: nothing changes");

		click(robot.widget(shell, OverzichtWidgetKeys.PROJECT_ADD, Button.class));
		robot.waitUntil("the second project's name being edited", viewer::isCellEditorActive);
		robot.xdotool("type", "--delay", "20", "Groen schoolplein");
		robot.xdotool("key", "Return");
		robot.waitUntil("the name committed", () -> !viewer.isCellEditorActive());
		robot.settle(300);
		assertEquals(2, schets.getSleutelprojecten().size());
		Button upButton = robot.widget(shell, OverzichtWidgetKeys.PROJECT_UP, Button.class);
		assertTrue(upButton.isEnabled());
		click(upButton);
		assertEquals("Groen schoolplein", schets.getSleutelprojecten().get(0).getName(), "Omhoog moves it up");
		assertEquals("Groen schoolplein", table.getItem(0).getText(0));
		robot.screenshot("wijkschets-overzicht-filled");

		undo();
		assertEquals("Buurthuis De Ster", schets.getSleutelprojecten().get(0).getName(), "Edit > Undo takes the move back");
		assertEquals("Buurthuis De Ster", table.getItem(0).getText(0), "the table follows the undo");
		undo();
		assertEquals("Nieuw project", schets.getSleutelprojecten().get(1).getName(), "the next undo: the second name");
		undo();
		assertEquals(1, schets.getSleutelprojecten().size(), "then the second project's adding");
		undo();
		assertEquals(Integer.valueOf(2024), ster.getStartYear(), "each cell edit is one command");
		assertNull(ster.getEndYear(), "the end year was the last cell edit");

		clickCell(table, 0, 0);
		robot.xdotool("key", "Escape");
		robot.settle(300);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		robot.settle(300);
		Map<String, String> properties = propertiesShown();
		assertTrue(properties.containsValue("Buurthuis De Ster") && properties.containsValue("Gemeente Rotterdam"),
				"the Properties view shows the selected project: " + properties);
	}

	@Test
	void thePhotoIsChosenInTheDialogShownScaledAndProblemsAreNamed() throws Exception {
		IFile file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		page = mapView.getSite().getPage();
		editor = WijkschetsFixture.openDelfshaven(page, file);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		OverzichtPage overzicht = overzicht();
		Wijkschets schets = editor.getWijkschets();
		WijkMap map = overzicht.getWijkMap().orElseThrow();
		robot.waitUntil("the message about the signal map", () -> !map.getMessage().isEmpty());
		assertTrue(map.getMessage().startsWith("Er is geen signaleringskaart open"), map.getMessage());

		Path outside = temp.resolve("straat in delfshaven.png");
		writePng(outside, 400, 200, 0x2C7BB6);
		Button choose = robot.widget(shell, OverzichtWidgetKeys.PHOTO_CHOOSE, Button.class);
		Thread typist = new Thread(() -> {
			pause(2500);
			robot.xdotool("key", "ctrl+l");
			pause(400);
			robot.xdotool("type", "--delay", "15", outside.toString());
			pause(400);
			robot.xdotool("key", "Return");
			pause(3000);
			// whatever happened, no dialog may be left open
			robot.xdotool("key", "Escape");
		});
		typist.start();
		click(choose);
		typist.join();
		robot.settle(300);
		assertEquals(outside.toString(), schets.getPhotoPath(), "a photo outside the analysis's folder is kept absolute");
		robot.waitUntil("the photo shown", overzicht::isPhotoShown);
		Rectangle drawn = overzicht.getPhotoBounds();
		assertEquals(2.0, (double) drawn.width / drawn.height, 0.05, "the aspect ratio is kept: " + drawn);
		Canvas photo = robot.widget(shell, OverzichtWidgetKeys.PHOTO, Canvas.class);
		Point centre = photo.toDisplay(drawn.x + drawn.width / 2, drawn.y + drawn.height / 2);
		RGB shown = robot.pixel(centre.x, centre.y);
		assertTrue(close(new RGB(0x2C, 0x7B, 0xB6), shown), "the photo is on screen: " + shown);

		Path folder = Path.of(file.getLocationURI()).getParent();
		Path inside = folder.resolve("fotos").resolve("plein.png");
		Files.createDirectories(inside.getParent());
		writePng(inside, 300, 300, 0xD7191C);
		overzicht.choosePhoto(inside);
		robot.settle(200);
		assertEquals("fotos/plein.png", schets.getPhotoPath(), "inside the analysis's folder: relative");
		robot.waitUntil("the new photo shown", overzicht::isPhotoShown);
		Rectangle square = overzicht.getPhotoBounds();
		assertEquals(square.width, square.height, 1, "square stays square");

		Files.delete(inside);
		execute(SetCommand.create(editor.getEditingDomain(), schets, VeerkrachtPackage.Literals.WIJKSCHETS__PHOTO_PATH,
				"fotos/weg.png"));
		robot.waitUntil("the missing photo told", () -> overzicht.getPhotoProblem().isPresent());
		String missing = overzicht.getPhotoProblem().orElseThrow();
		assertTrue(missing.contains("weg.png") && missing.contains("niet gevonden"), missing);
		assertFalse(overzicht.isPhotoShown());
		robot.screenshot("wijkschets-overzicht-photo-missing");

		Path broken = folder.resolve("kapot.png");
		Files.writeString(broken, "geen plaatje");
		execute(SetCommand.create(editor.getEditingDomain(), schets, VeerkrachtPackage.Literals.WIJKSCHETS__PHOTO_PATH,
				"kapot.png"));
		robot.waitUntil("the broken photo told", () -> overzicht.getPhotoProblem().orElse("").contains("kapot.png"));
		assertTrue(overzicht.getPhotoProblem().orElseThrow().contains("kan niet worden gelezen"));

		Button remove = robot.widget(shell, OverzichtWidgetKeys.PHOTO_REMOVE, Button.class);
		click(remove);
		assertNull(schets.getPhotoPath(), "Foto verwijderen");
		assertFalse(remove.isEnabled());
		undo();
		assertEquals("kapot.png", schets.getPhotoPath(), "Edit > Undo brings the photo path back");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
	}

	private OverzichtPage overzicht() {
		robot.settle(300);
		OverzichtPage overzicht = (OverzichtPage) editor.findPage(OverzichtPage.ID);
		assertNotNull(overzicht, "the editor has the Overzicht page");
		assertSame(overzicht, editor.getActivePageInstance(), "Overzicht is the first page");
		return overzicht;
	}

	private static Wijkschets wijkschets(IFile file) {
		return nl.veerkracht.model.ui.internal.AnalyseSessions.of(file).orElseThrow().getAnalyse().getWijkschetsen().get(0);
	}

	private static StatusBeoordeling beoordeling(Wijkschets schets, StatusAspect aspect) {
		return schets.getStatusBeoordelingen().stream().filter(b -> b.getAspect() == aspect).findFirst().orElseThrow();
	}

	private static Feature largestRatedBuurt(WijkMapFraming framing) {
		return framing.mainKlasseLayer().getFeatures().getFeatures().stream()
				.filter(f -> String.valueOf(f.getAttribute(SignalMapLayer.BU_CODE)).startsWith("BU059903"))
				.filter(f -> !Klasse.GEEN_GEGEVENS.label().equals(f.getAttribute(SignalMapLayer.KLASSE)))
				.max(Comparator.comparingDouble(f -> f.getGeometry().getArea())).orElseThrow();
	}

	/** Most clear pixels inside the buurt on screen show its class colour of {@link SignalMapStyles#klasse()}. */
	private void assertClassColourOnScreen(WijkMap map, MapCanvas canvas, WijkMapFraming framing, Feature buurt) {
		String klasse = String.valueOf(buurt.getAttribute(SignalMapLayer.KLASSE));
		CategorizedStyle style = SignalMapStyles.klasse();
		java.awt.Color fill = style.categories().stream().filter(c -> c.value().equals(klasse)).map(Category::symbol)
				.findFirst().orElseThrow().fill();
		RGB expected = new RGB(fill.getRed(), fill.getGreen(), fill.getBlue());
		Viewport viewport = canvas.getViewport();
		ProjectedFeature projected = framing.mainKlasseLayer().query(WijkMapFraming.MAP_CRS, viewport.visibleEnvelope())
				.stream().filter(p -> p.feature() == buurt).findFirst().orElseThrow();
		Geometry shape = projected.geometry();
		Rectangle insetBounds = robot.widget(shell, MapWidgetKeys.INSET, Canvas.class).getBounds();
		Envelope box = shape.getEnvelopeInternal();
		int checked = 0;
		int matching = 0;
		for (int i = 1; i < 12; i++) {
			for (int j = 1; j < 12; j++) {
				Coordinate world = new Coordinate(box.getMinX() + box.getWidth() * i / 12, box.getMinY() + box.getHeight() * j / 12);
				if (!shape.contains(GEOMETRIES.createPoint(world))
						|| shape.getBoundary().distance(GEOMETRIES.createPoint(world)) < 8 * viewport.getScale()) {
					continue;
				}
				java.awt.geom.Point2D pixel = viewport.toScreen(world);
				int x = (int) Math.round(pixel.getX());
				int y = (int) Math.round(pixel.getY());
				if (x < 4 || y < 4 || x > viewport.getWidth() - 4 || y > viewport.getHeight() - 4 || insetBounds.contains(x, y)) {
					continue;
				}
				Point onScreen = canvas.getControl().toDisplay(x, y);
				checked++;
				if (close(expected, robot.pixel(onScreen.x, onScreen.y))) {
					matching++;
				}
			}
		}
		assertTrue(checked >= 10, "enough of " + buurt.getAttribute(SignalMapLayer.NAAM) + " on screen: " + checked);
		assertTrue(matching >= checked * 0.7, buurt.getAttribute(SignalMapLayer.NAAM) + " (" + klasse + ") shows " + expected
				+ " in " + matching + " of " + checked + " clear pixels");
	}

	private int classPixels(Canvas inset) {
		Rectangle area = inset.getClientArea();
		Point origin = inset.toDisplay(0, 0);
		ImageData data = robot.capture(new Rectangle(origin.x, origin.y, area.width, area.height));
		List<RGB> colours = SignalMapStyles.klasse().categories().stream().map(Category::symbol)
				.map(s -> new RGB(s.fill().getRed(), s.fill().getGreen(), s.fill().getBlue()))
				.filter(rgb -> !(rgb.red == rgb.green && rgb.green == rgb.blue)).toList();
		int count = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (colours.stream().anyMatch(c -> close(c, rgb))) {
					count++;
				}
			}
		}
		return count;
	}

	private void click(Control control) {
		Point size = control.getSize();
		Point onScreen = control.toDisplay(Math.min(size.x / 2, 30), size.y / 2);
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		robot.settle(250);
	}

	/** Presses a key a number of times, letting each press be handled before the next. */
	private void press(String key, int times) {
		for (int i = 0; i < times; i++) {
			robot.xdotool("key", key);
			robot.settle(120);
		}
	}

	/** Clicks a cell with the real pointer and waits for its cell editor. */
	private void clickCell(Table table, int row, int column) {
		TableViewer viewer = ((OverzichtPage) editor.findPage(OverzichtPage.ID)).getProjectsViewer().orElseThrow();
		robot.waitUntil("no cell editor open", () -> !viewer.isCellEditorActive());
		Rectangle cell = table.getItem(row).getBounds(column);
		Point onScreen = table.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		robot.waitUntil("the cell editor of column " + column, viewer::isCellEditorActive);
		robot.settle(150);
	}

	/** Types into a cell and presses Return, waiting until the cell editor is closed. */
	private void editCell(Table table, int row, int column, String text) {
		clickCell(table, row, column);
		robot.xdotool("key", "ctrl+a");
		robot.xdotool("type", "--delay", "20", text);
		robot.xdotool("key", "Return");
		TableViewer viewer = ((OverzichtPage) editor.findPage(OverzichtPage.ID)).getProjectsViewer().orElseThrow();
		robot.waitUntil("the cell editor closed", () -> !viewer.isCellEditorActive());
		robot.settle(400);
	}

	private void drag(Point from, Point to) {
		robot.xdotool("mousemove", str(from.x), str(from.y), "mousedown", "1");
		for (int step = 1; step <= 4; step++) {
			robot.xdotool("mousemove", str(from.x + (to.x - from.x) * step / 4), str(from.y + (to.y - from.y) * step / 4));
			robot.settle(30);
		}
		robot.xdotool("mouseup", "1");
		robot.settle(150);
	}

	private void undo() throws Exception {
		page.activate(editor);
		robot.settle(50);
		editor.getSite().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		robot.settle(300);
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		editor.getEditingDomain().getCommandStack().execute(command);
		robot.settle(100);
	}

	/** The rows of the Properties view, display name to value, categories expanded. */
	private Map<String, String> propertiesShown() throws Exception {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		robot.settle(300);
		Tree tree = (Tree) sheet.getCurrentPage().getControl();
		Map<String, String> rows = new LinkedHashMap<>();
		collect(tree, tree.getItems(), rows);
		return rows;
	}

	private void collect(Tree tree, TreeItem[] items, Map<String, String> rows) {
		for (TreeItem item : items) {
			if (item.getItemCount() > 0 && !item.getExpanded()) {
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Expand, event);
				item.setExpanded(true);
				robot.settle(20);
			}
			rows.put(item.getText(0), item.getText(1));
			collect(tree, item.getItems(), rows);
		}
	}

	private static void writePng(Path file, int width, int height, int rgb) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, rgb);
			}
		}
		ImageIO.write(image, "png", file.toFile());
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
