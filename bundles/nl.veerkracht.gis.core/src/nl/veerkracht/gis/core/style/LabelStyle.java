package nl.veerkracht.gis.core.style;

import java.awt.Color;
import java.util.Objects;

/**
 * How the features of a layer are labelled: with the value of one attribute, in a font, with a halo for
 * legibility, and only within a range of map scales. Immutable.
 *
 * @param attribute the attribute whose value is the label text
 * @param fontFamily the font family name, e.g. "SansSerif"
 * @param fontSize the font size in points (at 96 dpi one point is 4/3 pixel)
 * @param colour the text colour
 * @param halo the colour of the outline drawn around the text, or {@code null} for none
 * @param minScaleDenominator labels show only at scales 1:n with n at least this (0 for no lower limit)
 * @param maxScaleDenominator labels show only at scales 1:n with n at most this
 *        ({@link Double#POSITIVE_INFINITY} for no upper limit)
 */
public record LabelStyle(String attribute, String fontFamily, float fontSize, Color colour, Color halo,
		double minScaleDenominator, double maxScaleDenominator) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if the attribute, font family or colour is {@code null}
	 * @throws IllegalArgumentException if the font size is not positive or the scale range is empty or
	 *         negative
	 */
	public LabelStyle {
		Objects.requireNonNull(attribute, "attribute");
		Objects.requireNonNull(fontFamily, "fontFamily");
		Objects.requireNonNull(colour, "colour");
		if (!(fontSize > 0) || Float.isInfinite(fontSize)) {
			throw new IllegalArgumentException("Font size must be a finite number > 0: " + fontSize);
		}
		if (!(minScaleDenominator >= 0) || !(maxScaleDenominator >= minScaleDenominator)) {
			throw new IllegalArgumentException(
					"Scale range must satisfy 0 <= min <= max: " + minScaleDenominator + ", " + maxScaleDenominator);
		}
	}

	/**
	 * Returns labels of an attribute in dark grey 9 pt sans-serif with a white halo, shown at every scale.
	 *
	 * @param attribute the attribute whose value is the label text
	 * @return the label settings
	 */
	public static LabelStyle of(String attribute) {
		return new LabelStyle(attribute, "SansSerif", 9f, new Color(0x33, 0x33, 0x33), Color.WHITE, 0,
				Double.POSITIVE_INFINITY);
	}

	/**
	 * Tells whether labels are drawn at a map scale.
	 *
	 * @param scaleDenominator the n of the scale 1:n
	 * @return whether n lies within the label's scale range
	 */
	public boolean isVisibleAt(double scaleDenominator) {
		return scaleDenominator >= minScaleDenominator && scaleDenominator <= maxScaleDenominator;
	}

	/**
	 * Returns a copy labelling with another attribute.
	 *
	 * @param newAttribute the attribute
	 * @return the copy
	 */
	public LabelStyle withAttribute(String newAttribute) {
		return new LabelStyle(newAttribute, fontFamily, fontSize, colour, halo, minScaleDenominator,
				maxScaleDenominator);
	}

	/**
	 * Returns a copy shown within another range of scales.
	 *
	 * @param newMin the smallest scale denominator, 0 for no limit
	 * @param newMax the largest scale denominator, {@link Double#POSITIVE_INFINITY} for no limit
	 * @return the copy
	 */
	public LabelStyle withScaleRange(double newMin, double newMax) {
		return new LabelStyle(attribute, fontFamily, fontSize, colour, halo, newMin, newMax);
	}
}
