package nl.veerkracht.wijkschets.ui.matrix;

import org.eclipse.swt.graphics.RGB;

import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.method.Intensiteit;

/**
 * The fill of a quadrant: white at intensity 0, growing towards its column's hue at the maximum, so the
 * whole mix reads at a glance. Blue for omgaan met and orange for tegengaan van, a pair that stays
 * distinct under the common colour-vision deficiencies; at the maximum the fill keeps a fifth of white so
 * that black text on it stays readable.
 */
public final class MatrixColours {

	/** The hue of the column omgaan met (ColorBrewer blue). */
	public static final RGB OMGAAN_MET = new RGB(33, 102, 172);

	/** The hue of the column tegengaan van (ColorBrewer orange). */
	public static final RGB TEGENGAAN_VAN = new RGB(230, 97, 1);

	/** How much of the hue the fill has at the maximum intensity. */
	static final double MAX_STRENGTH = 0.8;

	private static final RGB WHITE = new RGB(255, 255, 255);

	private MatrixColours() {
	}

	/**
	 * @param strategie the column
	 * @return its hue
	 */
	public static RGB hue(Strategie strategie) {
		return strategie == Strategie.OMGAAN_MET ? OMGAAN_MET : TEGENGAAN_VAN;
	}

	/**
	 * @param strategie the column of the quadrant
	 * @param intensity its intensity; values off the scale are clamped to it
	 * @return the quadrant's fill: white at {@value Intensiteit#MIN}, strongest at {@value Intensiteit#MAX}
	 */
	public static RGB fill(Strategie strategie, int intensity) {
		int clamped = Math.max(Intensiteit.MIN, Math.min(Intensiteit.MAX, intensity));
		double strength = MAX_STRENGTH * clamped / Intensiteit.MAX;
		return blend(hue(strategie), WHITE, strength);
	}

	private static RGB blend(RGB colour, RGB under, double strength) {
		return new RGB(channel(colour.red, under.red, strength), channel(colour.green, under.green, strength),
				channel(colour.blue, under.blue, strength));
	}

	private static int channel(int colour, int under, double strength) {
		return (int) Math.round(colour * strength + under * (1 - strength));
	}
}
