package nl.veerkracht.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.text.CharacterIterator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Word wrapping, shrinking to fit and the visible marker when even the smallest size is too large.
 */
class TextFitterTest {

	private static final TextFitter FITTER = new TextFitter(new FontRenderContext(null, true, true));
	private static final String MARKER = "\u2026 vervolg op pagina 2";

	@Test
	void shortTextKeepsItsSizeAndWrapsWithinTheWidth() {
		String text = "De wijk heeft een sterke sociale infrastructuur maar een zwakke fysieke kwaliteit.";
		TextFit fit = FITTER.fit(List.of(Paragraph.plain(text)), 150, 200, 10.5f, 7.5f, MARKER, Color.RED);
		assertFalse(fit.truncated());
		assertEquals(10.5f, fit.fontSize());
		assertTrue(fit.lines().size() > 1, "wrapped into several lines");
		StringBuilder joined = new StringBuilder();
		for (TextLine line : fit.lines()) {
			joined.append(textOf(line));
		}
		assertEquals(text, joined.toString(), "every word is on a line, none lost");
	}

	@Test
	void tooLongTextShrinksBeforeItIsCut() {
		String text = "Een zin die terugkomt om de doos te vullen. ".repeat(12).strip();
		float natural = TextFitter.heightOf(FITTER.layout(List.of(Paragraph.plain(text)), 300, 10.5f, 0, null), 10.5f);
		TextFit fit = FITTER.fit(List.of(Paragraph.plain(text)), 300, natural * 0.8, 10.5f, 7.5f, MARKER, Color.RED);
		assertFalse(fit.truncated());
		assertTrue(fit.fontSize() < 10.5f && fit.fontSize() >= 7.5f, "shrunk to " + fit.fontSize());
		assertTrue(fit.height() <= natural * 0.8);
	}

	@Test
	void textThatDoesNotFitAtTheSmallestSizeEndsWithTheMarker() {
		String text = "Een zin die terugkomt om de doos te vullen. ".repeat(60).strip();
		TextFit fit = FITTER.fit(List.of(Paragraph.plain(text)), 300, 120, 10.5f, 7.5f, MARKER, Color.RED);
		assertTrue(fit.truncated());
		assertEquals(7.5f, fit.fontSize());
		TextLine last = fit.lines().get(fit.lines().size() - 1);
		assertEquals(MARKER, textOf(last));
		assertEquals(Color.RED, last.colour());
		assertTrue(fit.height() <= 120, "the marker stays inside the box: " + fit.height());
	}

	@Test
	void linesStartingWithABulletOrADashAreListItemsWithAHangingIndent() {
		String item = "een lang punt van de opsomming dat over meer dan een regel doorloopt in de smalle kolom";
		String text = "Oorzaken:\n\u2022 " + item + "\n- weinig groen\n\nEen slotzin.";
		List<TextLine> lines = FITTER.layout(List.of(Paragraph.plain(text)), 160, 10, 0, null);
		assertEquals("Oorzaken:", textOf(lines.get(0)));
		assertEquals(0f, lines.get(0).indent(), "a plain paragraph starts at the left");
		assertTrue(textOf(lines.get(1)).startsWith("\u2022 een lang"), textOf(lines.get(1)));
		assertEquals(0f, lines.get(1).indent(), "the bullet hangs at the left");
		TextLine continuation = lines.get(2);
		assertTrue(continuation.indent() > 3, "the wrapped line of the item is indented: " + continuation.indent());
		assertFalse(textOf(continuation).startsWith("\u2022"), "the bullet only once per item");
		StringBuilder joined = new StringBuilder();
		int index = 1;
		for (; !textOf(lines.get(index)).startsWith("\u2022 weinig"); index++) {
			joined.append(textOf(lines.get(index)));
		}
		assertEquals("\u2022 " + item, joined.toString(), "the item's words are all there");
		assertEquals("\u2022 weinig groen", textOf(lines.get(index)), "a dash item is drawn with the bullet too");
		assertEquals("Een slotzin.", textOf(lines.get(index + 1)), "the empty line is no paragraph");
		assertEquals(0f, lines.get(index + 1).indent());
		assertEquals(index + 2, lines.size());
	}

	private static String textOf(TextLine line) {
		StringBuilder text = new StringBuilder();
		CharacterIterator characters = line.text().getIterator(null, line.start(), line.end());
		for (char c = characters.first(); c != CharacterIterator.DONE; c = characters.next()) {
			text.append(c);
		}
		return text.toString();
	}
}
