package nl.veerkracht.gis.core.style.qml;

import java.awt.Color;
import java.math.BigDecimal;

/** Formats values as QML writes them: colours as {@code r,g,b,a}, numbers in plain notation. */
final class QmlValues {

	private QmlValues() {
	}

	/** @return the colour as {@code r,g,b,a} with its own alpha */
	static String colour(Color colour) {
		return colour(colour, colour.getAlpha() / 255.0);
	}

	/** @return the colour as {@code r,g,b,a} with the alpha of an opacity from 0 to 1 */
	static String colour(Color colour, double opacity) {
		int alpha = (int) Math.round(opacity * colour.getAlpha());
		return colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + "," + alpha;
	}

	/** @return the number in plain notation without trailing zeros ({@code 0.6}, {@code 12}) */
	static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** @return the number as its shortest decimal text, not widened to double ({@code 0.6}, not 0.6000000238…) */
	static String number(float value) {
		return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
	}

	/** @return the attribute name as a QGIS expression field reference ({@code "name"}) */
	static String field(String attribute) {
		return '"' + attribute.replace("\"", "\"\"") + '"';
	}
}
