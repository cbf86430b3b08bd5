package nl.veerkracht.gis.ui.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * Paints small pictures of symbols and palettes as SWT image data with transparency: what a legend entry,
 * a class row or a palette choice looks like on the white map. Device independent, so callers wrap the
 * data in an {@link org.eclipse.swt.graphics.ImageDataProvider} and scale by the display zoom.
 */
public final class Swatches {

	private static final Color MAP_BACKGROUND = Color.WHITE;
	private static final Color FRAME = new Color(0x80, 0x80, 0x80);
	private static final float MAX_OUTLINE = 3f;

	private Swatches() {
	}

	/**
	 * Returns the swatch shape of a layer: that of its features for a vector layer, else an area.
	 *
	 * @param layer the layer
	 * @return the shape, as the exported legend draws it ({@link SwatchShape#of})
	 */
	public static SwatchShape shapeOf(Layer layer) {
		return layer instanceof VectorLayer vector ? SwatchShape.of(vector.getFeatures()) : SwatchShape.AREA;
	}

	/**
	 * Paints a symbol as it looks on the white map: the fill blended with its opacity, the outline opaque.
	 *
	 * @param symbol the symbol
	 * @param shape a square, a line or a dot
	 * @param width the picture's width in pixels
	 * @param height the picture's height in pixels
	 * @param scale the display zoom as a factor (1 at 100 %), applied to the sizes
	 * @return the picture, transparent around the symbol
	 */
	public static ImageData symbol(SimpleStyle symbol, SwatchShape shape, int width, int height, double scale) {
		BufferedImage image = new BufferedImage(scaled(width, scale), scaled(height, scale), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = graphics(image);
		try {
			g.scale(scale, scale);
			paintSymbol(g, symbol, shape, 0, 0, width, height);
		} finally {
			g.dispose();
		}
		return imageData(image);
	}

	/**
	 * Paints a symbol into a region of a picture being drawn.
	 *
	 * @param g the graphics, in unscaled pixels
	 * @param symbol the symbol
	 * @param shape a square, a line or a dot
	 * @param x the region's left edge
	 * @param y the region's top edge
	 * @param width the region's width
	 * @param height the region's height
	 */
	public static void paintSymbol(Graphics2D g, SimpleStyle symbol, SwatchShape shape, double x, double y, double width,
			double height) {
		float outline = symbol.hasStroke() ? Math.min(MAX_OUTLINE, Math.max(1f, symbol.strokeWidth())) : 0f;
		switch (shape) {
			case AREA -> {
				Rectangle2D box = new Rectangle2D.Double(x + 1.5, y + 1.5, width - 3, height - 3);
				if (symbol.fill() != null) {
					g.setColor(MAP_BACKGROUND);
					g.fill(box);
					g.setColor(blend(symbol.fill(), symbol.opacity()));
					g.fill(box);
				}
				if (outline > 0) {
					g.setColor(symbol.stroke());
					g.setStroke(new BasicStroke(outline));
					g.draw(box);
				} else if (symbol.fill() == null) {
					g.setColor(FRAME);
					g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 2f }, 0f));
					g.draw(box);
				}
			}
			case LINE -> {
				Color colour = symbol.hasStroke() ? symbol.stroke() : symbol.fill() != null ? symbol.fill() : FRAME;
				g.setColor(colour);
				g.setStroke(new BasicStroke(Math.max(1.5f, Math.min(4f, symbol.strokeWidth())), BasicStroke.CAP_ROUND,
						BasicStroke.JOIN_ROUND));
				g.draw(new Line2D.Double(x + 2, y + height - 3, x + width - 2, y + 3));
			}
			case POINT -> {
				double diameter = Math.max(4, Math.min(Math.min(width, height) - 2, symbol.pointSize()));
				Ellipse2D dot = new Ellipse2D.Double(x + (width - diameter) / 2, y + (height - diameter) / 2, diameter,
						diameter);
				if (symbol.fill() != null) {
					g.setColor(blend(symbol.fill(), symbol.opacity()));
					g.fill(dot);
				}
				if (outline > 0) {
					g.setColor(symbol.stroke());
					g.setStroke(new BasicStroke(Math.min(outline, 2f)));
					g.draw(dot);
				}
			}
		}
	}

	/**
	 * Paints the colours of a palette side by side, each in an equal part of the picture.
	 *
	 * @param colours the colours, at least one
	 * @param width the picture's width in pixels
	 * @param height the picture's height in pixels
	 * @param scale the display zoom as a factor (1 at 100 %)
	 * @return the picture
	 */
	public static ImageData strip(List<Color> colours, int width, int height, double scale) {
		BufferedImage image = new BufferedImage(scaled(width, scale), scaled(height, scale), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.scale(scale, scale);
			double part = (width - 2.0) / colours.size();
			for (int i = 0; i < colours.size(); i++) {
				g.setColor(colours.get(i));
				g.fill(new Rectangle2D.Double(1 + i * part, 1, part + 0.5, height - 2));
			}
			g.setColor(FRAME);
			g.setStroke(new BasicStroke(1f));
			g.draw(new Rectangle2D.Double(0.5, 0.5, width - 1, height - 1));
		} finally {
			g.dispose();
		}
		return imageData(image);
	}

	/**
	 * Returns the colour a fill shows on the white map at an opacity.
	 *
	 * @param fill the fill colour
	 * @param opacity from 0 to 1
	 * @return the opaque colour seen
	 */
	public static Color blend(Color fill, double opacity) {
		return new Color(mix(fill.getRed(), MAP_BACKGROUND.getRed(), opacity),
				mix(fill.getGreen(), MAP_BACKGROUND.getGreen(), opacity),
				mix(fill.getBlue(), MAP_BACKGROUND.getBlue(), opacity));
	}

	static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		return g;
	}

	static int scaled(int size, double scale) {
		return Math.max(1, (int) Math.round(size * scale));
	}

	/**
	 * Copies an ARGB image into SWT image data with an alpha channel.
	 *
	 * @param image a {@link BufferedImage#TYPE_INT_ARGB} image
	 * @return the image data
	 */
	public static ImageData imageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		byte[] alpha = new byte[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				alpha[x] = (byte) (row[x] >>> 24);
				row[x] &= 0x00FFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
			data.setAlphas(0, y, width, alpha, 0);
		}
		return data;
	}

	private static int mix(int channel, int background, double opacity) {
		return (int) Math.round(channel * opacity + background * (1 - opacity));
	}
}
