package nl.veerkracht.gis.core.render;

import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import nl.veerkracht.gis.core.style.LabelStyle;

/**
 * A label that found a free place on the map.
 *
 * @param text the text shown
 * @param layout the text laid out in the label's font
 * @param style the label settings of its layer (colours)
 * @param baseline the screen position of the start of the text's baseline, in pixels
 * @param haloWidth the width of the halo around the glyphs in pixels, 0 if the style has no halo
 * @param box the screen area the label covers, halo included
 */
record PlacedLabel(String text, TextLayout layout, LabelStyle style, Point2D baseline, double haloWidth,
		Rectangle2D box) {

	/** Returns the glyph outlines at the label's place, in screen pixels. */
	Shape outline() {
		return layout.getOutline(AffineTransform.getTranslateInstance(baseline.getX(), baseline.getY()));
	}
}
