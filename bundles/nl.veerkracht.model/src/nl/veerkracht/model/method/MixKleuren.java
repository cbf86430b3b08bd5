package nl.veerkracht.model.method;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Strategie;

/**
 * The colours of the mix of handelingsperspectieven, shared by the editor's 2×2 widget and the poster so that
 * both show the mix the same way. Each column of the 2×2 has a hue: blue for omgaan met and orange for tegengaan
 * van, a pair that stays distinct under the common colour-vision deficiencies. A quadrant's fill grows from white
 * at intensity {@value Intensiteit#MIN} towards its column's hue at {@value Intensiteit#MAX}; at the maximum it
 * keeps a fifth of white so that black text on it stays readable.
 * <p>
 * Colours are packed {@code 0xRRGGBB} ints, free of any UI toolkit; {@link #red}, {@link #green} and {@link #blue}
 * take them apart.
 */
public final class MixKleuren {

	/** The hue of the column omgaan met (ColorBrewer blue), {@code 0xRRGGBB}. */
	public static final int OMGAAN_MET = 0x2166AC;

	/** The hue of the column tegengaan van (ColorBrewer orange), {@code 0xRRGGBB}. */
	public static final int TEGENGAAN_VAN = 0xE66101;

	/** The fill of a quadrant at intensity {@value Intensiteit#MIN}: white. */
	public static final int WIT = 0xFFFFFF;

	/** How much of the hue a quadrant's fill has at the maximum intensity. */
	public static final double MAX_STRENGTH = 0.8;

	private MixKleuren() {
	}

	/**
	 * @param strategie the column of the 2×2
	 * @return its hue, {@code 0xRRGGBB}
	 */
	public static int hue(Strategie strategie) {
		return strategie == Strategie.OMGAAN_MET ? OMGAAN_MET : TEGENGAAN_VAN;
	}

	/**
	 * @param perspective a perspective
	 * @return the hue of its column, {@code 0xRRGGBB}
	 */
	public static int hue(Handelingsperspectief perspective) {
		return hue(Perspectieven.strategie(perspective));
	}

	/**
	 * The blend rule: the hue over white with strength {@link #MAX_STRENGTH} × intensity / {@value Intensiteit#MAX},
	 * each channel rounded to the nearest integer.
	 *
	 * @param strategie the column of the quadrant
	 * @param intensity its intensity; values off the scale are clamped to it
	 * @return the quadrant's fill, {@code 0xRRGGBB}: white at {@value Intensiteit#MIN}, strongest at
	 *         {@value Intensiteit#MAX}
	 */
	public static int fill(Strategie strategie, int intensity) {
		int clamped = Math.max(Intensiteit.MIN, Math.min(Intensiteit.MAX, intensity));
		double strength = MAX_STRENGTH * clamped / Intensiteit.MAX;
		int hue = hue(strategie);
		return rgb(channel(red(hue), red(WIT), strength), channel(green(hue), green(WIT), strength),
				channel(blue(hue), blue(WIT), strength));
	}

	/**
	 * @param perspective the perspective of the quadrant
	 * @param intensity its intensity; values off the scale are clamped to it
	 * @return the quadrant's fill, {@code 0xRRGGBB}, as {@link #fill(Strategie, int)} for its column
	 */
	public static int fill(Handelingsperspectief perspective, int intensity) {
		return fill(Perspectieven.strategie(perspective), intensity);
	}

	/**
	 * @param rgb a colour {@code 0xRRGGBB}
	 * @return its red channel, 0..255
	 */
	public static int red(int rgb) {
		return (rgb >> 16) & 0xFF;
	}

	/**
	 * @param rgb a colour {@code 0xRRGGBB}
	 * @return its green channel, 0..255
	 */
	public static int green(int rgb) {
		return (rgb >> 8) & 0xFF;
	}

	/**
	 * @param rgb a colour {@code 0xRRGGBB}
	 * @return its blue channel, 0..255
	 */
	public static int blue(int rgb) {
		return rgb & 0xFF;
	}

	private static int rgb(int red, int green, int blue) {
		return (red << 16) | (green << 8) | blue;
	}

	private static int channel(int colour, int under, double strength) {
		return (int) Math.round(colour * strength + under * (1 - strength));
	}
}
