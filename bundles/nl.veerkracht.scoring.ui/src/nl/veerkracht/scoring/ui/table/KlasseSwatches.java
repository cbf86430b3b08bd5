package nl.veerkracht.scoring.ui.table;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * Small squares in the colours of the signal map's classes ({@link SignalMapStyles#klasse()}), as the map
 * paints them (the fill over white with the style's opacity), for the klasse cells. Dispose when done.
 */
final class KlasseSwatches {

	private static final int SIZE = 12;

	private final Map<String, Image> byLabel = new HashMap<>();

	/**
	 * Draws the swatches.
	 *
	 * @param display the display
	 */
	KlasseSwatches(Display display) {
		for (Category category : SignalMapStyles.klasse().categories()) {
			byLabel.put(category.value(), swatch(display, category.symbol()));
		}
	}

	private static Image swatch(Display display, SimpleStyle symbol) {
		Image image = new Image(display, SIZE, SIZE);
		GC gc = new GC(image);
		try {
			java.awt.Color fill = symbol.fill();
			gc.setBackground(new Color(blend(fill.getRed(), symbol.opacity()), blend(fill.getGreen(), symbol.opacity()),
					blend(fill.getBlue(), symbol.opacity())));
			gc.fillRectangle(0, 0, SIZE, SIZE);
			java.awt.Color stroke = symbol.stroke() != null ? symbol.stroke() : java.awt.Color.GRAY;
			gc.setForeground(new Color(stroke.getRed(), stroke.getGreen(), stroke.getBlue()));
			gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
		} finally {
			gc.dispose();
		}
		return image;
	}

	private static int blend(int channel, double opacity) {
		return (int) Math.round(channel * opacity + 255 * (1 - opacity));
	}

	/**
	 * @param klasseLabel a class label, e.g. {@code "zeer kwetsbaar"}
	 * @return its swatch, or {@code null} for an unknown label
	 */
	Image swatch(String klasseLabel) {
		return byLabel.get(klasseLabel);
	}

	/** Frees the images. */
	void dispose() {
		byLabel.values().forEach(Image::dispose);
		byLabel.clear();
	}
}
