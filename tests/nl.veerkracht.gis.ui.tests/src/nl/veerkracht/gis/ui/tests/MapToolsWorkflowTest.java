package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.gis.ui.map.MapToolKind;
import nl.veerkracht.testsupport.SharedData;

/**
 * The zoom box (its tool and Shift-drag while panning) and the previous/next extent history, with real
 * pointer drags and key presses in the real workbench.
 */
class MapToolsWorkflowTest extends InteractionTestBase {

	@Test
	void zoomBoxShowsTheBoxDraggedAndAltArrowsWalkTheExtentHistory() {
		openAndWait(SharedData.file(ROTTERDAM));
		VectorLayer rotterdam = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		MapCanvas map = mapView.getMapCanvas();
		map.zoomTo(rotterdam.getEnvelope(mapView.getMapContent().getCrs()));
		waitForFrame();
		Viewport start = map.getViewport();

		clickMapToolbar("Zoomkader");
		assertEquals(MapToolKind.ZOOM_BOX, map.getTool());
		Canvas canvas = robot.widget(shell, WidgetKeys.MAP_CANVAS, Canvas.class);
		Point centre = onScreen(rotterdam, feature(rotterdam, "buurtnaam", "Stadsdriehoek"));
		Point from = new Point(centre.x - 120, centre.y - 80);
		Point to = new Point(centre.x + 120, centre.y + 80);
		Envelope box = new Envelope(toWorld(canvas, from), toWorld(canvas, to));
		Point insideBand = new Point(centre.x + 100, centre.y + 60);
		RGB beforeBand = robot.pixel(insideBand.x, insideBand.y);
		robot.xdotool("mousemove", str(from.x), str(from.y));
		robot.settle(100);
		robot.xdotool("mousedown", "1");
		robot.settle(200);
		robot.xdotool("mousemove", str(centre.x), str(centre.y));
		robot.settle(100);
		robot.xdotool("mousemove", str(to.x), str(to.y));
		robot.settle(300);
		RGB underBand = robot.pixel(insideBand.x, insideBand.y);
		robot.screenshot("zoom-box-rubber-band");
		robot.xdotool("mouseup", "1");
		assertNotEquals(beforeBand, underBand, "the rubber band is drawn over the map while dragging");
		assertTrue(underBand.red < beforeBand.red - 10, "the band tints the map dark blue: " + beforeBand + " -> " + underBand);
		robot.waitUntil("the zoom box to zoom in", () -> map.getViewport().getScale() < start.getScale() / 2);
		waitForFrame();
		Viewport boxed = map.getViewport();
		Envelope shown = new Envelope(boxed.visibleEnvelope());
		shown.expandBy(boxed.getScale() * 1e-3); // a thousandth of a pixel: the box may fill the view exactly
		assertTrue(shown.contains(box), "the whole box is shown: " + boxed.visibleEnvelope() + " " + box);
		assertEquals(box.centre().x, boxed.getCenter().x, boxed.getScale() * 2, "centred on the box");
		assertEquals(box.centre().y, boxed.getCenter().y, boxed.getScale() * 2, "centred on the box");
		assertTrue(Math.abs(boxed.visibleEnvelope().getWidth() - box.getWidth()) < boxed.getScale() * 3
				|| Math.abs(boxed.visibleEnvelope().getHeight() - box.getHeight()) < boxed.getScale() * 3,
				"the box fills the map in one direction");
		robot.screenshot("zoom-box-result");

		focusMap();
		robot.xdotool("key", "alt+Left");
		robot.waitUntil("Alt+Left to go back to the previous extent", () -> sameExtent(start, map.getViewport()));
		waitForFrame();
		robot.xdotool("key", "alt+Right");
		robot.waitUntil("Alt+Right to go forward again", () -> sameExtent(boxed, map.getViewport()));
		waitForFrame();

		chooseToolByCommandState("pan");
		Viewport beforeShiftDrag = map.getViewport();
		Point a = canvas.toDisplay(canvas.getSize().x / 4, canvas.getSize().y / 4);
		Point b = canvas.toDisplay(canvas.getSize().x / 2, canvas.getSize().y / 2);
		robot.xdotool("keydown", "shift");
		drag(a, b);
		robot.xdotool("keyup", "shift");
		robot.waitUntil("Shift-drag in pan mode to zoom to the box", () -> map.getViewport().getScale() < beforeShiftDrag.getScale() / 1.5);
		assertEquals(MapToolKind.PAN, map.getTool(), "the tool stays pan");
		waitForFrame();

		focusMap();
		robot.xdotool("key", "alt+Left");
		robot.waitUntil("back to the extent before the Shift-drag", () -> sameExtent(beforeShiftDrag, map.getViewport()));
		robot.xdotool("key", "alt+Left");
		robot.waitUntil("and once more to the start", () -> sameExtent(start, map.getViewport()));
		waitForFrame();
		assertFalse(sameExtent(boxed, map.getViewport()));
	}

	private Coordinate toWorld(Canvas canvas, Point display) {
		Point local = canvas.toControl(display);
		return mapView.getMapCanvas().getViewport().toWorld(local.x, local.y);
	}

	private static boolean sameExtent(Viewport a, Viewport b) {
		return a.getCenter().distance(b.getCenter()) < a.getScale() * 0.01 && Math.abs(a.getScale() - b.getScale()) < a.getScale() * 1e-9;
	}
}
