package nl.veerkracht.gis.core.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.List;

/**
 * Draws placed labels: first a halo (the glyph outlines stroked in the halo colour), then the glyphs filled
 * in the text colour. The glyphs are drawn as outlines, not as text, so that a label looks the same in
 * PNG, SVG and PDF and its halo fits it exactly.
 */
final class LabelPainter {

	private LabelPainter() {
	}

	/** Draws the labels onto the graphics, in screen pixels. */
	static void paint(Graphics2D graphics, List<PlacedLabel> labels) {
		for (PlacedLabel label : labels) {
			Shape outline = label.outline();
			if (label.style().halo() != null) {
				graphics.setColor(label.style().halo());
				graphics.setStroke(new BasicStroke((float) (2 * label.haloWidth()), BasicStroke.CAP_ROUND,
						BasicStroke.JOIN_ROUND));
				graphics.draw(outline);
			}
			graphics.setColor(label.style().colour());
			graphics.fill(outline);
		}
	}
}
