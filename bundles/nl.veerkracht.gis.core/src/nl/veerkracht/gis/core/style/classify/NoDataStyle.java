package nl.veerkracht.gis.core.style.classify;

import java.awt.Color;

/**
 * The style of the "no data" ("geen gegevens") class of a graduated style: features whose value is missing
 * are always drawn, in a neutral colour that is never used for a value.
 */
public final class NoDataStyle {

	/**
	 * A neutral light grey (#d3d3d3). It occurs in none of the {@link ColorBrewerPalette} schemes, so a
	 * missing value is never mistaken for a low one.
	 */
	public static final Color COLOUR = new Color(0xD3, 0xD3, 0xD3);

	private NoDataStyle() {
	}
}
