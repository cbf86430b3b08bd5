package nl.veerkracht.gis.ui.internal;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Converts the core renderer's Java2D images into SWT image data, off the UI thread.
 * {@link ImageData} is device independent, so only the final {@code new Image(display, data)}
 * has to run on the UI thread.
 */
public final class ImageDataConverter {

	private ImageDataConverter() {
	}

	/**
	 * Copies an opaque RGB image into SWT image data.
	 *
	 * @param image a {@link BufferedImage#TYPE_INT_RGB} or {@link BufferedImage#TYPE_INT_ARGB} image;
	 *              alpha is ignored (the renderer paints an opaque background)
	 * @return the same pixels as 24-bit direct-colour image data
	 */
	public static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 32, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0x00FFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
