package nl.veerkracht.gis.ui.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;

import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.render.decor.MapDecoration;
import nl.veerkracht.gis.core.render.decor.NorthArrow;
import nl.veerkracht.gis.core.render.decor.ScaleBar;
import nl.veerkracht.gis.core.render.decor.Size;
import nl.veerkracht.gis.ui.internal.ImageDataConverter;

/**
 * Draws the scale bar (bottom left) and the north arrow (top right) over the Map view, fixed to the
 * window while the map pans underneath. They are the core's Java2D decorations, drawn into small
 * translucent images that are kept until the scale changes, so a repaint while panning only copies them.
 * Use on the UI thread; the images are freed with the control.
 */
final class MapOverlayPainter {

	private static final int INSET = 10;
	private static final double MAX_SCALE_BAR_WIDTH = 180;
	private static final double ARROW_HEIGHT = 30;

	private final Control control;
	private Image northArrow;
	private Image scaleBar;
	private ScaleBarKey scaleBarKey;

	/** What the cached scale bar image shows. */
	private record ScaleBarKey(double lengthMetres, double widthPixels) {
	}

	MapOverlayPainter(Control control) {
		this.control = control;
		control.addDisposeListener(e -> dispose());
	}

	/**
	 * Draws the overlay for the viewport the canvas shows.
	 *
	 * @param gc the canvas' graphics context
	 * @param viewport the current viewport, sized like the canvas
	 * @param show whether to draw at all (not over an empty map)
	 */
	void paint(GC gc, Viewport viewport, boolean show) {
		if (!show || viewport.getWidth() < 4 * INSET || viewport.getHeight() < 4 * INSET) {
			return;
		}
		if (northArrow == null) {
			northArrow = toImage(new NorthArrow(ARROW_HEIGHT, true));
		}
		ScaleBar bar = ScaleBar.fit(viewport, Math.min(MAX_SCALE_BAR_WIDTH, viewport.getWidth() * 0.3), true);
		ScaleBarKey key = new ScaleBarKey(bar.lengthMetres(), bar.widthPixels());
		if (!key.equals(scaleBarKey)) {
			if (scaleBar != null) {
				scaleBar.dispose();
			}
			scaleBar = toImage(bar);
			scaleBarKey = key;
		}
		gc.drawImage(scaleBar, INSET, viewport.getHeight() - INSET - scaleBar.getBounds().height);
		gc.drawImage(northArrow, viewport.getWidth() - INSET - northArrow.getBounds().width, INSET);
	}

	private Image toImage(MapDecoration decoration) {
		Graphics2D measuring = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
		Size size;
		try {
			size = decoration.size(measuring);
		} finally {
			measuring.dispose();
		}
		BufferedImage image = new BufferedImage((int) Math.ceil(size.width()) + 1, (int) Math.ceil(size.height()) + 1,
				BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			decoration.paint(g, 0, 0);
		} finally {
			g.dispose();
		}
		ImageData data = ImageDataConverter.toImageData(image);
		byte[] alpha = new byte[image.getWidth() * image.getHeight()];
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				alpha[y * image.getWidth() + x] = (byte) (image.getRGB(x, y) >>> 24);
			}
		}
		data.alphaData = alpha;
		return new Image(control.getDisplay(), data);
	}

	private void dispose() {
		if (northArrow != null) {
			northArrow.dispose();
		}
		if (scaleBar != null) {
			scaleBar.dispose();
		}
	}
}
