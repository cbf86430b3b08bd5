package nl.veerkracht.gis.ui.style;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.PaletteKind;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The ColorBrewer palettes to choose from, each row a swatch of its colours for the current number of
 * classes, its name and kind, and "✓ kleurenblindveilig" where ColorBrewer rates that variant safe.
 */
final class PaletteList {

	private static final int STRIP_WIDTH = 96;
	private static final int STRIP_HEIGHT = 14;

	private final Table table;
	private final List<ColorBrewerPalette> palettes;
	private final List<Image> images = new ArrayList<>();
	private int classes = 5;

	PaletteList(Composite parent, String key, List<ColorBrewerPalette> palettes, Runnable selected) {
		this.palettes = List.copyOf(palettes);
		table = new Table(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		WidgetKeys.set(table, key);
		table.setToolTipText(StyleMessages.Palette_tooltip);
		for (int i = 0; i < palettes.size(); i++) {
			new TableItem(table, SWT.NONE);
		}
		table.addListener(SWT.Selection, e -> selected.run());
		table.addListener(SWT.Dispose, e -> disposeImages());
		refresh();
	}

	Table control() {
		return table;
	}

	/** @param count the number of classes the swatches and safety marks are for */
	void setClassCount(int count) {
		if (count != classes) {
			classes = count;
			refresh();
		}
	}

	/** @return the chosen palette, or the first when none is chosen */
	ColorBrewerPalette selection() {
		int index = table.getSelectionIndex();
		return palettes.get(Math.max(0, index));
	}

	/** @param palette the palette to choose and show */
	void select(ColorBrewerPalette palette) {
		int index = palettes.indexOf(palette);
		if (index >= 0) {
			table.setSelection(index);
			table.showSelection();
		}
	}

	/**
	 * Returns the text of a palette's row.
	 *
	 * @param palette the palette
	 * @param count the number of classes
	 * @return e.g. "YlOrRd (oplopend)  ✓ kleurenblindveilig"
	 */
	static String text(ColorBrewerPalette palette, int count) {
		String text = NLS.bind(StyleMessages.Palette_row, palette.brewerName(), kind(palette.kind()));
		return palette.colourBlindSafe(count) ? text + "  " + StyleMessages.Palette_safe : text; //$NON-NLS-1$
	}

	private static String kind(PaletteKind kind) {
		return switch (kind) {
			case SEQUENTIAL -> StyleMessages.Palette_sequential;
			case DIVERGING -> StyleMessages.Palette_diverging;
			case QUALITATIVE -> StyleMessages.Palette_qualitative;
		};
	}

	private void refresh() {
		disposeImages();
		for (int i = 0; i < palettes.size(); i++) {
			ColorBrewerPalette palette = palettes.get(i);
			int count = Math.max(palette.minClasses(), Math.min(palette.maxClasses(), classes));
			ImageDataProvider strip = zoom -> Swatches.strip(palette.colours(count), STRIP_WIDTH, STRIP_HEIGHT,
					zoom / 100.0);
			Image image = new Image(table.getDisplay(), strip);
			images.add(image);
			TableItem item = table.getItem(i);
			item.setImage(image);
			item.setText(text(palette, classes));
		}
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}
}
