package nl.veerkracht.gis.core.style;

import java.awt.Color;
import java.util.List;

/**
 * A palette of distinct, clearly visible styles for new layers, used in turn: the first is a saturated
 * orange-red, followed by teal, purple, gold, blue, green, magenta and brown. Outlines are a dark shade
 * of the fill.
 */
public final class DefaultStyles {

	private static final List<Color> FILLS = List.of(
			new Color(0xE8, 0x4A, 0x27),
			new Color(0x1B, 0x9E, 0x8F),
			new Color(0x7B, 0x5E, 0xA7),
			new Color(0xE6, 0xAB, 0x02),
			new Color(0x34, 0x78, 0xC6),
			new Color(0x66, 0xA6, 0x1E),
			new Color(0xD3, 0x45, 0x8F),
			new Color(0xA6, 0x76, 0x1D));

	private static final float STROKE_WIDTH = 1.0f;
	private static final double FILL_OPACITY = 0.8;
	private static final double POINT_SIZE = 8;
	private static final double OUTLINE_SHADE = 0.45;

	private DefaultStyles() {
	}

	/**
	 * Returns the style for the n-th new layer; the palette repeats after {@link #size()} styles.
	 *
	 * @param index the number of layers created before, at least 0
	 * @return the style
	 * @throws IllegalArgumentException if the index is negative
	 */
	public static SimpleStyle next(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("Style index must not be negative: " + index);
		}
		Color fill = FILLS.get(index % FILLS.size());
		return new SimpleStyle(fill, shade(fill), STROKE_WIDTH, FILL_OPACITY, POINT_SIZE);
	}

	/**
	 * Returns the number of distinct styles before the palette repeats.
	 *
	 * @return the palette size
	 */
	public static int size() {
		return FILLS.size();
	}

	private static Color shade(Color color) {
		return new Color((int) (color.getRed() * OUTLINE_SHADE), (int) (color.getGreen() * OUTLINE_SHADE),
				(int) (color.getBlue() * OUTLINE_SHADE));
	}
}
