package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.wijkschets.ui.analyse.WorkshopText;
import nl.veerkracht.wijkschets.ui.analyse.WorkshopText.Block;

/**
 * The plain-text convention of the wijkschets texts, without a display: lines are paragraphs, a bullet or a dash
 * and a space start a list item, empty lines mean nothing; parse and format round-trip.
 */
class WorkshopTextTest {

	@Test
	void linesAreParagraphsAndMarkedLinesAreListItems() {
		String text = "Jonge gezinnen vertrekken.\n\nOorzaken:\n\u2022 te kleine woningen\r\n- weinig groen\n\u2022   \nSlot";
		assertEquals(List.of(new Block(false, "Jonge gezinnen vertrekken."), new Block(false, "Oorzaken:"),
				new Block(true, "te kleine woningen"), new Block(true, "weinig groen"), new Block(false, "Slot")),
				WorkshopText.parse(text), "empty lines and empty items are no paragraphs; \\r\\n is a line break too");
		assertEquals(List.of(), WorkshopText.parse(null));
		assertEquals(List.of(), WorkshopText.parse(""));
	}

	@Test
	void formatWritesOneLinePerParagraphWithTheBulletAndRoundTrips() {
		List<Block> blocks = List.of(new Block(false, "Oorzaken:"), new Block(true, "te kleine woningen"),
				new Block(true, "weinig groen"), new Block(false, "Daarom kiezen we."));
		String text = WorkshopText.format(blocks);
		assertEquals("Oorzaken:\n\u2022 te kleine woningen\n\u2022 weinig groen\nDaarom kiezen we.", text);
		assertEquals(blocks, WorkshopText.parse(text));
		assertEquals(text, WorkshopText.format(WorkshopText.parse(text)));
		assertEquals("\u2022 a\n\u2022 b", WorkshopText.format(WorkshopText.parse("- a\n\n- b")),
				"a dash item is written with the bullet");
	}

	@Test
	void onlyABulletOrDashFollowedByASpaceMarksAnItem() {
		assertTrue(WorkshopText.isBullet("\u2022 punt"));
		assertTrue(WorkshopText.isBullet("- punt"));
		assertFalse(WorkshopText.isBullet("-5 graden"));
		assertFalse(WorkshopText.isBullet("\u2022punt"));
		assertFalse(WorkshopText.isBullet(" - ingesprongen"));
		assertEquals(2, WorkshopText.markerLength("- punt"));
		assertEquals(0, WorkshopText.markerLength("punt"));
	}

	@Test
	void togglingMakesItemsOfAllLinesOrPlainLinesWhenAllAreItems() {
		assertEquals(List.of("\u2022 a", "\u2022 b"), WorkshopText.toggleBullets(List.of("a", "\u2022 b")),
				"a mixed block becomes a list");
		assertEquals(List.of("a", "b"), WorkshopText.toggleBullets(List.of("\u2022 a", "- b")),
				"a list becomes plain lines");
		assertEquals(List.of("\u2022 "), WorkshopText.toggleBullets(List.of("")), "an empty line becomes an empty item");
	}
}
