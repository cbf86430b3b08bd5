package nl.veerkracht.gis.core.style;

import java.awt.Color;

/**
 * How the features of a layer are drawn. Immutable; change it with the {@code withX} copiers.
 *
 * @param fill the fill colour of polygons and point symbols, or {@code null} for no fill
 * @param stroke the colour of lines and outlines, or {@code null} for no outline
 * @param strokeWidth the line width in pixels, 0 for no outline
 * @param opacity the opacity of the fill, from 0 (transparent) to 1 (opaque); lines and outlines stay
 *        opaque so that boundaries remain readable
 * @param pointSize the diameter of point symbols in pixels
 */
public record SimpleStyle(Color fill, Color stroke, float strokeWidth, double opacity, double pointSize) {

	/**
	 * Validates the components.
	 *
	 * @throws IllegalArgumentException if the stroke width is negative, the opacity is outside 0..1 or the
	 *         point size is not positive
	 */
	public SimpleStyle {
		if (!(strokeWidth >= 0) || Float.isInfinite(strokeWidth)) {
			throw new IllegalArgumentException("Stroke width must be a finite number >= 0: " + strokeWidth);
		}
		if (!(opacity >= 0 && opacity <= 1)) {
			throw new IllegalArgumentException("Opacity must be between 0 and 1: " + opacity);
		}
		if (!(pointSize > 0) || Double.isInfinite(pointSize)) {
			throw new IllegalArgumentException("Point size must be a finite number > 0: " + pointSize);
		}
	}

	/**
	 * Returns the style of the first new layer: a saturated orange-red fill with a dark outline.
	 *
	 * @return the default style, equal to {@code DefaultStyles.next(0)}
	 */
	public static SimpleStyle defaults() {
		return DefaultStyles.next(0);
	}

	/**
	 * Returns a copy with another fill colour.
	 *
	 * @param newFill the fill colour, or {@code null} for no fill
	 * @return the copy
	 */
	public SimpleStyle withFill(Color newFill) {
		return new SimpleStyle(newFill, stroke, strokeWidth, opacity, pointSize);
	}

	/**
	 * Returns a copy with another line colour.
	 *
	 * @param newStroke the line colour, or {@code null} for no outline
	 * @return the copy
	 */
	public SimpleStyle withStroke(Color newStroke) {
		return new SimpleStyle(fill, newStroke, strokeWidth, opacity, pointSize);
	}

	/**
	 * Returns a copy with another line width.
	 *
	 * @param newStrokeWidth the width in pixels, at least 0
	 * @return the copy
	 */
	public SimpleStyle withStrokeWidth(float newStrokeWidth) {
		return new SimpleStyle(fill, stroke, newStrokeWidth, opacity, pointSize);
	}

	/**
	 * Returns a copy with another fill opacity.
	 *
	 * @param newOpacity the opacity, from 0 to 1
	 * @return the copy
	 */
	public SimpleStyle withOpacity(double newOpacity) {
		return new SimpleStyle(fill, stroke, strokeWidth, newOpacity, pointSize);
	}

	/**
	 * Returns a copy with another point symbol size.
	 *
	 * @param newPointSize the diameter in pixels, greater than 0
	 * @return the copy
	 */
	public SimpleStyle withPointSize(double newPointSize) {
		return new SimpleStyle(fill, stroke, strokeWidth, opacity, newPointSize);
	}

	/**
	 * Tells whether outlines are drawn.
	 *
	 * @return {@code true} if there is a line colour and a positive line width
	 */
	public boolean hasStroke() {
		return stroke != null && strokeWidth > 0;
	}
}
