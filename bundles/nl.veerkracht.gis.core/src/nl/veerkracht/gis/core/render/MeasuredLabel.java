package nl.veerkracht.gis.core.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;

import nl.veerkracht.gis.core.style.LabelStyle;

/**
 * A label text laid out in its font, with the size of its box (halo included), before it has a place.
 *
 * @param text the text
 * @param layout the text laid out
 * @param style the layer's label settings
 * @param haloWidth the halo's width in pixels, 0 without a halo
 * @param width the box width in pixels
 * @param height the box height in pixels
 */
record MeasuredLabel(String text, TextLayout layout, LabelStyle style, double haloWidth, double width,
		double height) {

	/**
	 * Lays out a label text.
	 *
	 * @param text the text, not blank
	 * @param style the layer's label settings
	 * @param font the font at its pixel size
	 * @param fontContext how text is measured on the target graphics
	 * @return the measured label
	 */
	static MeasuredLabel of(String text, LabelStyle style, Font font, FontRenderContext fontContext) {
		TextLayout layout = new TextLayout(text, font, fontContext);
		double halo = haloWidth(style, font);
		return new MeasuredLabel(text, layout, style, halo, layout.getAdvance() + 2 * halo,
				layout.getAscent() + layout.getDescent() + 2 * halo);
	}

	/**
	 * Returns the width of a style's halo for a font: a sixth of the font size, at least 1.5 pixels; 0
	 * without a halo colour.
	 */
	static double haloWidth(LabelStyle style, Font font) {
		return style.halo() == null ? 0 : Math.max(1.5, font.getSize2D() / 6);
	}
}
