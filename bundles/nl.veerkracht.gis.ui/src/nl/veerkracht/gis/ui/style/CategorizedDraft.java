package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/**
 * The categorized style being edited, without widgets: per category its value, label, colour and count,
 * whether values without a category are drawn, and the number of features without a value.
 */
final class CategorizedDraft {

	/** The most categories a style gets from "Classificeren"; rarer values fall under "overige waarden". */
	static final int MAX_CATEGORIES = 100;

	/** The default colour of "overige waarden": light and warm, unlike the grey of "geen gegevens". */
	static final Color OTHER_COLOUR = new Color(0xE8, 0xDF, 0xC8);

	/** One category as the table shows it. */
	static final class CategoryRow {
		final String value;
		String label;
		Color colour;
		int count;

		CategoryRow(String value, String label, Color colour, int count) {
			this.value = value;
			this.label = label;
			this.colour = colour;
			this.count = count;
		}
	}

	private final List<CategoryRow> rows = new ArrayList<>();
	private ColorBrewerPalette palette = ColorBrewerPalette.PAIRED;
	private boolean others;
	private Color otherColour = OTHER_COLOUR;
	private int noData;
	private int distinct;

	List<CategoryRow> rows() {
		return rows;
	}

	ColorBrewerPalette palette() {
		return palette;
	}

	boolean others() {
		return others;
	}

	Color otherColour() {
		return otherColour;
	}

	/** @return how many features have no value */
	int noData() {
		return noData;
	}

	/** @return how many distinct values the attribute has, of which at most {@link #MAX_CATEGORIES} are rows */
	int distinct() {
		return distinct;
	}

	/**
	 * Makes a category of each distinct value (the most frequent {@link #MAX_CATEGORIES} when there are
	 * more, with "overige waarden" switched on), coloured from the palette.
	 *
	 * @param values the attribute's distinct values
	 */
	void classify(DistinctValues values) {
		rows.clear();
		List<DistinctValues.Count> kept = values.mostFrequent(MAX_CATEGORIES);
		List<Color> colours = PaletteColours.of(palette, Math.max(1, kept.size()), false);
		for (int i = 0; i < kept.size(); i++) {
			DistinctValues.Count value = kept.get(i);
			rows.add(new CategoryRow(value.key(), value.key(), colours.get(i), value.count()));
		}
		distinct = values.values().size();
		noData = values.noData();
		if (kept.size() < values.values().size()) {
			others = true;
		}
	}

	/**
	 * Updates the counts of the categories from the attribute's values, e.g. after loading a style.
	 *
	 * @param values the attribute's distinct values
	 */
	void count(DistinctValues values) {
		for (CategoryRow row : rows) {
			row.count = values.values().stream().filter(v -> v.key().equals(row.value)).mapToInt(DistinctValues.Count::count)
					.sum();
		}
		distinct = values.values().size();
		noData = values.noData();
	}

	/** @param newPalette the palette; every category is recoloured from it */
	void setPalette(ColorBrewerPalette newPalette) {
		palette = newPalette;
		List<Color> colours = PaletteColours.of(palette, Math.max(1, rows.size()), false);
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).colour = colours.get(i);
		}
	}

	/**
	 * @param draw whether features whose value has no category are drawn
	 * @param colour their colour
	 */
	void setOthers(boolean draw, Color colour) {
		others = draw;
		otherColour = colour;
	}

	/** @param style the style to edit */
	void load(CategorizedStyle style) {
		rows.clear();
		for (Category category : style.categories()) {
			Color fill = category.symbol().fill() != null ? category.symbol().fill() : NoDataStyle.COLOUR;
			rows.add(new CategoryRow(category.value(), category.label(), fill, 0));
		}
		others = style.otherSymbol() != null;
		if (others && style.otherSymbol().fill() != null) {
			otherColour = style.otherSymbol().fill();
		}
	}

	/**
	 * Builds the style.
	 *
	 * @param attribute the attribute whose values are the categories
	 * @param base the symbol whose fill each category replaces
	 * @param labels the label settings, or {@code null}
	 * @return the style
	 */
	CategorizedStyle build(String attribute, SimpleStyle base, LabelStyle labels) {
		List<Category> categories = new ArrayList<>();
		for (CategoryRow row : rows) {
			categories.add(new Category(row.value, row.label, base.withFill(row.colour)));
		}
		return new CategorizedStyle(attribute, categories, others ? base.withFill(otherColour) : null,
				base.withFill(NoDataStyle.COLOUR), labels);
	}
}
