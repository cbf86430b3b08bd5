package nl.veerkracht.gis.ui.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.ui.style.Swatches;

/**
 * The pictures of the Layers view's rows, all of one size (a tree shows every image at the size of its
 * first): for a layer a visibility box, followed by its symbol if it has a single symbol; for a legend entry
 * its symbol, below the layer's symbol. Images are shared by rows with the same picture and disposed when
 * no row of the last full refresh uses them any more.
 */
final class LayerImages {

	/** Width of the visibility box area, the part of a layer's picture that toggles visibility. */
	static final int BOX_WIDTH = 18;

	private static final int WIDTH = 38;
	private static final int HEIGHT = 16;
	private static final Color BOX_ON = new Color(0x2F, 0x6F, 0xC4);
	private static final Color BOX_OFF_BORDER = new Color(0x80, 0x80, 0x80);

	private record Key(SimpleStyle symbol, SwatchShape shape, Boolean visible) {
	}

	private final Display display;
	private Map<Key, Image> current = new HashMap<>();
	private Map<Key, Image> previous = new HashMap<>();

	LayerImages(Display display) {
		this.display = display;
	}

	/**
	 * @param layer a layer
	 * @return its row's picture: visibility box and, for a single symbol, the symbol
	 */
	Image layer(Layer layer) {
		SimpleStyle symbol = layer.getStyle() instanceof SingleSymbolStyle single ? single.symbol() : null;
		return image(new Key(symbol, symbol == null ? null : Swatches.shapeOf(layer), layer.isVisible()));
	}

	/**
	 * @param item a legend entry
	 * @return its row's picture: the entry's symbol
	 */
	Image legend(LegendItem item) {
		return image(new Key(item.entry().symbol(), Swatches.shapeOf(item.layer()), null));
	}

	/** Call before refreshing every row; images not asked for again are disposed by {@link #endRefresh()}. */
	void startRefresh() {
		previous.putAll(current);
		current = new HashMap<>();
	}

	/** Disposes the images no row asked for since {@link #startRefresh()}. */
	void endRefresh() {
		previous.values().forEach(Image::dispose);
		previous = new HashMap<>();
	}

	/** Disposes all images. */
	void dispose() {
		startRefresh();
		endRefresh();
	}

	private Image image(Key key) {
		Image image = current.get(key);
		if (image == null) {
			image = previous.remove(key);
			if (image == null) {
				image = new Image(display, (ImageDataProvider) zoom -> paint(key, zoom / 100.0));
			}
			current.put(key, image);
		}
		return image;
	}

	private static ImageData paint(Key key, double scale) {
		BufferedImage image = new BufferedImage((int) Math.round(WIDTH * scale), (int) Math.round(HEIGHT * scale),
				BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.scale(scale, scale);
			if (key.visible() != null) {
				paintBox(g, key.visible());
			}
			if (key.symbol() != null) {
				Swatches.paintSymbol(g, key.symbol(), key.shape(), BOX_WIDTH + 2, 0, WIDTH - BOX_WIDTH - 2, HEIGHT);
			}
		} finally {
			g.dispose();
		}
		return Swatches.imageData(image);
	}

	private static void paintBox(Graphics2D g, boolean visible) {
		RoundRectangle2D box = new RoundRectangle2D.Double(2.5, 1.5, 13, 13, 3, 3);
		if (visible) {
			g.setColor(BOX_ON);
			g.fill(box);
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			Path2D check = new Path2D.Double();
			check.moveTo(5.5, 8.2);
			check.lineTo(8, 10.8);
			check.lineTo(12.8, 5);
			g.draw(check);
		} else {
			g.setColor(Color.WHITE);
			g.fill(box);
			g.setColor(BOX_OFF_BORDER);
			g.setStroke(new BasicStroke(1f));
			g.draw(box);
		}
	}
}
