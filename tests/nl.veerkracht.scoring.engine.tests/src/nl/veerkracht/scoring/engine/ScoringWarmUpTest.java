package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ScoringWarmUpTest {

	@Test
	void runsAllStepsOfBothPassesWhenNotCancelled() {
		AtomicInteger polls = new AtomicInteger();
		assertTrue(ScoringWarmUp.run(() -> polls.incrementAndGet() < 0));
		assertEquals(12, polls.get(), "six steps in each of two passes, each polled before it runs");
	}

	@Test
	void stopsAtTheFirstPollThatSaysCancelled() {
		AtomicInteger polls = new AtomicInteger();
		assertFalse(ScoringWarmUp.run(() -> polls.incrementAndGet() == 3));
		assertEquals(3, polls.get());
	}

	/**
	 * The bricks of the second row (shifted by half a square) touch two bricks of the first row along half an
	 * edge, without a common vertex: the warm-up runs the exact contiguity test too, not only shared vertices.
	 */
	@Test
	void theMadeUpBricksTouchAcrossRowsWithoutACommonVertex() {
		IndicatorTable table = ScoringWarmUp.madeUpTable();
		ScoringEngine engine = new ScoringEngine(table, ScoringParameters.defaults());
		int brick = table.regionIndexOf("WU41");
		int[] expected = { table.regionIndexOf("WU1"), table.regionIndexOf("WU2"), table.regionIndexOf("WU40"),
				table.regionIndexOf("WU42"), table.regionIndexOf("WU81"), table.regionIndexOf("WU82") };
		assertArrayEquals(expected, engine.contiguity().neighbours(brick));
		assertTrue(table.regions().get(brick).geometry().getCoordinates()[0].x % 1 == 0.5);
	}
}
