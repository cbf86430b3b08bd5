package nl.veerkracht.gis.core.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * Draws features with a symbol per value of an attribute (unique values). Values without a category get
 * the "other" symbol; features without a value get the "no data" symbol.
 * <p>
 * A category labelled {@value GraduatedStyle#NO_DATA_LABEL} (an attribute value that itself means no data,
 * such as the signal map's class "geen gegevens") is the legend's no-data entry; the no-data symbol then
 * gets no entry of its own, so the legend never shows "geen gegevens" twice.
 *
 * @param attribute the attribute that decides the symbol
 * @param categories the values with their symbols, in legend order; values are unique
 * @param otherSymbol the symbol of values without a category, or {@code null} to not draw them
 * @param noDataSymbol the symbol of features without a value
 * @param labelStyle the label settings, or {@code null} for no labels
 */
public record CategorizedStyle(String attribute, List<Category> categories, SimpleStyle otherSymbol,
		SimpleStyle noDataSymbol, LabelStyle labelStyle) implements LayerStyle {

	/** The legend text of the "other values" entry. */
	public static final String OTHER_LABEL = "overige waarden";

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException if the attribute, categories or no-data symbol is {@code null}
	 * @throws IllegalArgumentException if two categories have the same value
	 */
	public CategorizedStyle {
		Objects.requireNonNull(attribute, "attribute");
		Objects.requireNonNull(noDataSymbol, "noDataSymbol");
		categories = List.copyOf(categories);
		Map<String, Category> seen = new HashMap<>();
		for (Category category : categories) {
			if (seen.put(category.value(), category) != null) {
				throw new IllegalArgumentException("Category value occurs twice: " + category.value());
			}
		}
	}

	/**
	 * Returns the text by which an attribute value is matched to a category: whole numbers without a
	 * decimal part (a {@code Double} 3.0 and a {@code Long} 3 both give "3"), other values as
	 * {@link String#valueOf(Object)}.
	 *
	 * @param value an attribute value, not {@code null}
	 * @return the key
	 */
	public static String keyOf(Object value) {
		if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
			return Long.toString(d.longValue());
		}
		if (value instanceof Float f && f == Math.rint(f) && !Float.isInfinite(f) && Math.abs(f) < 1e7) {
			return Long.toString(f.longValue());
		}
		return String.valueOf(value);
	}

	@Override
	public FeatureSymbolizer symbolizer(FeatureSchema schema) {
		int index = schema.indexOf(attribute);
		Map<String, SimpleStyle> symbols = new HashMap<>();
		for (Category category : categories) {
			symbols.put(category.value(), category.symbol());
		}
		return (Feature feature) -> {
			Object value = index < 0 ? null : feature.getAttribute(index);
			if (value == null || value instanceof Double d && d.isNaN()) {
				return noDataSymbol;
			}
			SimpleStyle symbol = symbols.get(keyOf(value));
			return symbol != null ? symbol : otherSymbol;
		};
	}

	@Override
	public List<LegendEntry> legend() {
		List<LegendEntry> entries = new ArrayList<>();
		boolean noDataCategory = false;
		for (Category category : categories) {
			boolean noData = GraduatedStyle.NO_DATA_LABEL.equals(category.label());
			noDataCategory |= noData;
			entries.add(new LegendEntry(category.label(), category.symbol(), noData));
		}
		if (otherSymbol != null) {
			entries.add(new LegendEntry(OTHER_LABEL, otherSymbol, false));
		}
		if (!noDataCategory) {
			entries.add(new LegendEntry(GraduatedStyle.NO_DATA_LABEL, noDataSymbol, true));
		}
		return List.copyOf(entries);
	}

	@Override
	public Optional<LabelStyle> labels() {
		return Optional.ofNullable(labelStyle);
	}

	@Override
	public CategorizedStyle withLabels(LabelStyle newLabels) {
		return new CategorizedStyle(attribute, categories, otherSymbol, noDataSymbol, newLabels);
	}

	@Override
	public double maxSymbolSize() {
		double max = size(noDataSymbol);
		if (otherSymbol != null) {
			max = Math.max(max, size(otherSymbol));
		}
		for (Category category : categories) {
			max = Math.max(max, size(category.symbol()));
		}
		return max;
	}

	private static double size(SimpleStyle symbol) {
		return Math.max(symbol.strokeWidth(), symbol.pointSize());
	}
}
