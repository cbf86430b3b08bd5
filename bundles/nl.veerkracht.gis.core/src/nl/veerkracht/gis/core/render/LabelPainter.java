package nl.veerkracht.gis.core.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.Shape;
import java.util.List;

/**
 * Draws placed labels: first a halo in the halo colour, then the glyphs in the text colour.
 * <p>
 * On images the glyphs are drawn as text, through Java2D's glyph cache, and the halo as the same text
 * shifted a halo width in eight directions: fast enough for every frame of the Map view. On other targets
 * (SVG, PDF) the glyphs are drawn as outlines and the halo as those outlines stroked, so that a label looks
 * the same in every viewer, whatever fonts it has, and its halo fits it exactly.
 */
final class LabelPainter {

	private static final int HALO_DIRECTIONS = 8;

	private LabelPainter() {
	}

	/** Draws the labels onto the graphics, in screen pixels. */
	static void paint(Graphics2D graphics, List<PlacedLabel> labels) {
		boolean raster = isRaster(graphics);
		for (PlacedLabel label : labels) {
			if (raster) {
				paintAsText(graphics, label);
			} else {
				paintAsOutlines(graphics, label);
			}
		}
	}

	/** Tells whether the graphics draw into an image (rather than, say, an SVG or PDF document). */
	static boolean isRaster(Graphics2D graphics) {
		GraphicsConfiguration configuration = graphics.getDeviceConfiguration();
		return configuration != null && configuration.getDevice().getType() == GraphicsDevice.TYPE_IMAGE_BUFFER;
	}

	private static void paintAsText(Graphics2D g, PlacedLabel label) {
		float x = (float) label.baseline().getX();
		float y = (float) label.baseline().getY();
		if (label.style().halo() != null) {
			g.setColor(label.style().halo());
			double radius = label.haloWidth();
			for (int ring = radius > 2.5 ? 2 : 1; ring >= 1; ring--) {
				double r = radius * ring / (radius > 2.5 ? 2 : 1);
				for (int i = 0; i < HALO_DIRECTIONS; i++) {
					double angle = 2 * Math.PI * i / HALO_DIRECTIONS;
					label.layout().draw(g, (float) (x + r * Math.cos(angle)), (float) (y + r * Math.sin(angle)));
				}
			}
		}
		g.setColor(label.style().colour());
		label.layout().draw(g, x, y);
	}

	private static void paintAsOutlines(Graphics2D g, PlacedLabel label) {
		Shape outline = label.outline();
		if (label.style().halo() != null) {
			g.setColor(label.style().halo());
			g.setStroke(new BasicStroke((float) (2 * label.haloWidth()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(outline);
		}
		g.setColor(label.style().colour());
		g.fill(outline);
	}
}
