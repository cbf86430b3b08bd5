package nl.veerkracht.wijkschets.ui.matrix;

import org.eclipse.swt.graphics.RGB;

import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.model.method.MixKleuren;

/**
 * The fill of a quadrant as SWT colours: white at intensity 0, growing towards its column's hue at the maximum, so
 * the whole mix reads at a glance. The hues and the blend rule are {@link MixKleuren}'s, which the poster uses too,
 * so the editor and the poster show the mix the same way.
 */
public final class MatrixColours {

	/** The hue of the column omgaan met ({@link MixKleuren#OMGAAN_MET}). */
	public static final RGB OMGAAN_MET = rgb(MixKleuren.OMGAAN_MET);

	/** The hue of the column tegengaan van ({@link MixKleuren#TEGENGAAN_VAN}). */
	public static final RGB TEGENGAAN_VAN = rgb(MixKleuren.TEGENGAAN_VAN);

	private MatrixColours() {
	}

	/**
	 * @param strategie the column
	 * @return its hue
	 */
	public static RGB hue(Strategie strategie) {
		return rgb(MixKleuren.hue(strategie));
	}

	/**
	 * @param strategie the column of the quadrant
	 * @param intensity its intensity; values off the scale are clamped to it
	 * @return the quadrant's fill: white at {@value Intensiteit#MIN}, strongest at {@value Intensiteit#MAX}
	 */
	public static RGB fill(Strategie strategie, int intensity) {
		return rgb(MixKleuren.fill(strategie, intensity));
	}

	/**
	 * @param packed a colour {@code 0xRRGGBB}
	 * @return it as SWT RGB
	 */
	public static RGB rgb(int packed) {
		return new RGB(MixKleuren.red(packed), MixKleuren.green(packed), MixKleuren.blue(packed));
	}
}
