package nl.veerkracht.gis.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SimpleStyleTest {

	@Test
	void defaultsAreAClearlyVisibleOrangeRedWithDarkOutline() {
		SimpleStyle style = SimpleStyle.defaults();
		Color fill = style.fill();
		assertTrue(fill.getRed() > 200 && fill.getGreen() < 120 && fill.getBlue() < 80, fill::toString);
		Color stroke = style.stroke();
		assertTrue(stroke.getRed() + stroke.getGreen() + stroke.getBlue() < 200, stroke::toString);
		assertTrue(style.opacity() >= 0.7);
		assertTrue(style.hasStroke());
		assertEquals(DefaultStyles.next(0), style);
	}

	@Test
	void copiersChangeOneProperty() {
		SimpleStyle style = SimpleStyle.defaults();
		SimpleStyle changed = style.withFill(null).withStroke(Color.BLUE).withStrokeWidth(2.5f).withOpacity(0.25)
				.withPointSize(12);
		assertNull(changed.fill());
		assertEquals(Color.BLUE, changed.stroke());
		assertEquals(2.5f, changed.strokeWidth());
		assertEquals(0.25, changed.opacity());
		assertEquals(12, changed.pointSize());
		assertEquals(SimpleStyle.defaults(), style);
		assertFalse(style.withStrokeWidth(0).hasStroke());
	}

	@Test
	void invalidValuesAreRejected() {
		SimpleStyle style = SimpleStyle.defaults();
		assertThrows(IllegalArgumentException.class, () -> style.withOpacity(1.5));
		assertThrows(IllegalArgumentException.class, () -> style.withOpacity(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> style.withStrokeWidth(-1));
		assertThrows(IllegalArgumentException.class, () -> style.withPointSize(0));
	}

	@Test
	void paletteGivesDistinctFillsAndRepeats() {
		Set<Color> fills = new HashSet<>();
		for (int i = 0; i < DefaultStyles.size(); i++) {
			fills.add(DefaultStyles.next(i).fill());
		}
		assertEquals(DefaultStyles.size(), fills.size());
		assertEquals(DefaultStyles.next(1), DefaultStyles.next(1 + DefaultStyles.size()));
		assertNotEquals(DefaultStyles.next(0), DefaultStyles.next(1));
		assertThrows(IllegalArgumentException.class, () -> DefaultStyles.next(-1));
	}
}
