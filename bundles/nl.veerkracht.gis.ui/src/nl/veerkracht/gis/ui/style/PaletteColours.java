package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;

/**
 * The colours a palette gives any number of classes or categories: ColorBrewer's own variant where the
 * palette has one, an even spread of its smallest variant for fewer classes, and for more categories than
 * it has colours, further hues spaced by the golden angle.
 */
final class PaletteColours {

	private static final float GOLDEN_ANGLE = 0.381966f;

	private PaletteColours() {
	}

	/**
	 * Returns colours for classes or categories.
	 *
	 * @param palette the palette
	 * @param count how many colours, at least 1
	 * @param inverted whether to give them in reverse order
	 * @return {@code count} colours
	 */
	static List<Color> of(ColorBrewerPalette palette, int count, boolean inverted) {
		List<Color> colours = new ArrayList<>(base(palette, count));
		if (inverted) {
			colours = new ArrayList<>(colours.reversed());
		}
		return List.copyOf(colours);
	}

	/**
	 * Tells whether colours are exactly a palette's variant, so that the style can name the palette.
	 *
	 * @param palette the palette
	 * @param colours the colours of the classes
	 * @return whether the palette has a variant with these colours in this order
	 */
	static boolean isVariant(ColorBrewerPalette palette, List<Color> colours) {
		int n = colours.size();
		return n >= palette.minClasses() && n <= palette.maxClasses() && palette.colours(n).equals(colours);
	}

	private static List<Color> base(ColorBrewerPalette palette, int count) {
		if (count >= palette.minClasses() && count <= palette.maxClasses()) {
			return palette.colours(count);
		}
		if (count < palette.minClasses()) {
			List<Color> smallest = palette.colours(palette.minClasses());
			List<Color> spread = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = count == 1 ? smallest.size() - 1 : Math.round(i * (smallest.size() - 1f) / (count - 1));
				spread.add(smallest.get(index));
			}
			return spread;
		}
		List<Color> extended = new ArrayList<>(palette.colours(palette.maxClasses()));
		float hue = 0.1f;
		while (extended.size() < count) {
			hue = (hue + GOLDEN_ANGLE) % 1f;
			float saturation = extended.size() % 2 == 0 ? 0.45f : 0.65f;
			extended.add(Color.getHSBColor(hue, saturation, 0.92f));
		}
		return extended;
	}
}
