package nl.veerkracht.report.quickscan.internal;

import java.awt.Color;
import java.util.Locale;

/**
 * Small helpers for inline SVG: colours and coordinates as attribute values.
 */
public final class Svg {

	private Svg() {
	}

	/**
	 * @param colour a colour
	 * @return e.g. "#d7191c"
	 */
	public static String colour(Color colour) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
	}

	/**
	 * @param value a coordinate
	 * @return with at most one decimal, a point as separator
	 */
	public static String number(double value) {
		long tenths = Math.round(value * 10);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
	}
}
