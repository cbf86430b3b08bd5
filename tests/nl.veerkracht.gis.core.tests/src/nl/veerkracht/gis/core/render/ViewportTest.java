package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;

class ViewportTest {

	private static final double EPSILON = 1e-6;

	private final Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(155000, 463000), 10, 800, 600);

	@Test
	void centerIsInTheMiddleAndNorthIsUp() {
		Point2D center = viewport.toScreen(new Coordinate(155000, 463000));
		assertEquals(400, center.getX(), EPSILON);
		assertEquals(300, center.getY(), EPSILON);
		Point2D north = viewport.toScreen(new Coordinate(155000, 464000));
		assertEquals(200, north.getY(), EPSILON);
		assertEquals(new Envelope(151000, 159000, 460000, 466000), viewport.visibleEnvelope());
	}

	@Test
	void transformsAreInverseAndMatchTheConversionMethods() throws Exception {
		AffineTransform worldToScreen = viewport.worldToScreen();
		AffineTransform screenToWorld = viewport.screenToWorld();
		Point2D screen = worldToScreen.transform(new Point2D.Double(152345, 461234), null);
		Point2D expected = viewport.toScreen(new Coordinate(152345, 461234));
		assertEquals(expected.getX(), screen.getX(), EPSILON);
		assertEquals(expected.getY(), screen.getY(), EPSILON);
		Point2D world = screenToWorld.transform(screen, null);
		assertEquals(152345, world.getX(), EPSILON);
		assertEquals(461234, world.getY(), EPSILON);
		Coordinate viaMethod = viewport.toWorld(screen.getX(), screen.getY());
		assertEquals(152345, viaMethod.getX(), EPSILON);
		assertEquals(461234, viaMethod.getY(), EPSILON);
		AffineTransform product = new AffineTransform(worldToScreen);
		product.concatenate(screenToWorld);
		assertTrue(product.isIdentity() || isNearIdentity(product), product::toString);
	}

	@Test
	void draggingRightShowsTheWestAndDraggingDownShowsTheNorth() {
		Coordinate grabbed = viewport.toWorld(100, 100);
		Viewport moved = viewport.pan(50, 20);
		Point2D after = moved.toScreen(grabbed);
		assertEquals(150, after.getX(), EPSILON);
		assertEquals(120, after.getY(), EPSILON);
		assertEquals(155000 - 500, moved.getCenter().getX(), EPSILON);
		assertEquals(463000 + 200, moved.getCenter().getY(), EPSILON);
		assertEquals(viewport.getScale(), moved.getScale());
	}

	@Test
	void zoomAroundKeepsTheWorldPointUnderTheCursor() {
		for (double factor : new double[] {2, 0.5, 1.25}) {
			Coordinate underCursor = viewport.toWorld(123, 456);
			Viewport zoomed = viewport.zoomAround(factor, 123, 456);
			Coordinate after = zoomed.toWorld(123, 456);
			assertEquals(underCursor.getX(), after.getX(), EPSILON);
			assertEquals(underCursor.getY(), after.getY(), EPSILON);
			assertEquals(viewport.getScale() / factor, zoomed.getScale(), EPSILON);
		}
		Viewport aroundCenter = viewport.zoomAround(2, 400, 300);
		assertEquals(viewport.getCenter(), aroundCenter.getCenter());
		assertThrows(IllegalArgumentException.class, () -> viewport.zoomAround(0, 1, 1));
	}

	@Test
	void zoomToEnvelopeShowsAllOfItWithMarginAndKeepsAspect() {
		Envelope area = new Envelope(90000, 100000, 430000, 435000);
		Viewport fitted = viewport.zoomToEnvelope(area, 0.05);
		Envelope visible = fitted.visibleEnvelope();
		assertTrue(visible.contains(area), visible::toString);
		assertEquals(10000 * 1.1, visible.getWidth(), EPSILON);
		assertEquals(800.0 / 600.0, visible.getWidth() / visible.getHeight(), EPSILON);
		assertEquals(area.centre(), fitted.getCenter());

		Envelope tall = new Envelope(0, 100, 0, 3000);
		Envelope tallVisible = viewport.zoomToEnvelope(tall, 0).visibleEnvelope();
		assertEquals(3000, tallVisible.getHeight(), EPSILON);
		assertTrue(tallVisible.contains(tall));
	}

	@Test
	void degenerateEnvelopesAndSizesAreGuarded() {
		Viewport onPoint = viewport.zoomToEnvelope(new Envelope(new Coordinate(1000, 2000)), 0.1);
		assertEquals(new Coordinate(1000, 2000), onPoint.getCenter());
		assertEquals(viewport.getScale(), onPoint.getScale());
		assertSame(viewport, viewport.zoomToEnvelope(new Envelope(), 0.1));

		Viewport horizontalLine = viewport.zoomToEnvelope(new Envelope(0, 800, 5, 5), 0);
		assertEquals(1, horizontalLine.getScale(), EPSILON);

		Viewport collapsed = viewport.resize(0, -5);
		assertEquals(1, collapsed.getWidth());
		assertEquals(1, collapsed.getHeight());
		assertEquals(viewport.getCenter(), collapsed.getCenter());
		assertEquals(viewport.getScale(), collapsed.getScale());
		assertTrue(collapsed.zoomToEnvelope(new Envelope(0, 10, 0, 10), 0).getScale() > 0);
		assertThrows(IllegalArgumentException.class, () -> new Viewport(Crs.RD_NEW, new Coordinate(0, 0), 0, 10, 10));
	}

	@Test
	void resizeKeepsCenterAndScale() {
		Viewport resized = viewport.resize(1024, 768);
		assertEquals(viewport.getCenter(), resized.getCenter());
		assertEquals(viewport.getScale(), resized.getScale());
		assertEquals(1024, resized.getWidth());
		assertEquals(new Envelope(155000 - 5120, 155000 + 5120, 463000 - 3840, 463000 + 3840),
				resized.visibleEnvelope());
	}

	private static boolean isNearIdentity(AffineTransform transform) {
		double[] matrix = new double[6];
		transform.getMatrix(matrix);
		double[] identity = {1, 0, 0, 1, 0, 0};
		for (int i = 0; i < 6; i++) {
			if (Math.abs(matrix[i] - identity[i]) > EPSILON) {
				return false;
			}
		}
		return true;
	}
}
