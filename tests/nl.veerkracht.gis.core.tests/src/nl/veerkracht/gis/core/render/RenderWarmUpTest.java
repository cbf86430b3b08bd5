package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RenderWarmUpTest {

	@Test
	void drawsEveryMadeUpPolygon() {
		assertEquals(new RenderResult(2000, false), RenderWarmUp.run(RenderMonitor.NONE));
	}

	@Test
	void stopsWhenCancelled() {
		AtomicInteger polls = new AtomicInteger();
		RenderResult result = RenderWarmUp.run(() -> polls.incrementAndGet() > 100);
		assertTrue(result.cancelled());
		assertTrue(result.featuresDrawn() < 2000, result::toString);
	}
}
