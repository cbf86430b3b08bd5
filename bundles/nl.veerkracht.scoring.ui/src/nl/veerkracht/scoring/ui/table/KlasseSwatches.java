package nl.veerkracht.scoring.ui.table;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.ui.style.Swatches;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * Small squares in the colours of the signal map's classes ({@link SignalMapStyles#klasse()}), painted by the
 * Lagen legend's {@link Swatches} as the map shows them, for the klasse cells. Dispose when done.
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
		return new Image(display, (ImageDataProvider) zoom -> Swatches.symbol(symbol, SwatchShape.AREA, SIZE, SIZE,
				zoom / 100.0));
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
