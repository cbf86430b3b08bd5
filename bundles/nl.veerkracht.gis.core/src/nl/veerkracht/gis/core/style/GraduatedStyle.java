package nl.veerkracht.gis.core.style;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/**
 * Draws features with a symbol per class of a numeric attribute (a choropleth). Features without a
 * number, or with NaN, get the "no data" symbol, which is never one of the class colours.
 *
 * @param attribute the numeric attribute that decides the class
 * @param classification the class bounds
 * @param classes a label and symbol per class, as many as the classification has classes
 * @param noDataSymbol the symbol of features without a value
 * @param palette the ColorBrewer palette the class colours were taken from, or {@code null} if the
 *        analyst chose colours by hand
 * @param labelStyle the label settings, or {@code null} for no labels
 */
public record GraduatedStyle(String attribute, Classification classification, List<StyleClass> classes,
		SimpleStyle noDataSymbol, ColorBrewerPalette palette, LabelStyle labelStyle) implements LayerStyle {

	/** The legend text of the "no data" class. */
	public static final String NO_DATA_LABEL = "geen gegevens";

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException if the attribute, classification, classes or no-data symbol is
	 *         {@code null}
	 * @throws IllegalArgumentException if the number of classes differs from the classification's
	 */
	public GraduatedStyle {
		Objects.requireNonNull(attribute, "attribute");
		Objects.requireNonNull(classification, "classification");
		Objects.requireNonNull(noDataSymbol, "noDataSymbol");
		classes = List.copyOf(classes);
		if (classes.size() != classification.classCount()) {
			throw new IllegalArgumentException("The classification has " + classification.classCount()
					+ " classes but " + classes.size() + " symbols were given");
		}
	}

	/**
	 * Makes a graduated style with the colours of a palette, legend labels from the class bounds
	 * ("10,0 – 20,0", Dutch number format), and the standard "no data" symbol.
	 *
	 * @param attribute the numeric attribute
	 * @param classification the class bounds, with at least one class
	 * @param palette the palette; must offer the classification's number of classes
	 * @param base the symbol whose fill colour is replaced per class (outline, width and opacity kept)
	 * @return the style, without labels
	 * @throws IllegalArgumentException if the palette does not offer that many classes
	 */
	public static GraduatedStyle of(String attribute, Classification classification, ColorBrewerPalette palette,
			SimpleStyle base) {
		List<Color> colours = palette.colours(classification.classCount());
		List<String> labels = boundLabels(classification);
		List<StyleClass> classes = new ArrayList<>();
		for (int i = 0; i < colours.size(); i++) {
			classes.add(new StyleClass(labels.get(i), base.withFill(colours.get(i))));
		}
		return new GraduatedStyle(attribute, classification, classes, base.withFill(NoDataStyle.COLOUR), palette,
				null);
	}

	/**
	 * Returns the default legend text of each class: "lower – upper" in Dutch number format, with the
	 * first class's lower bound "≤ upper" written as such and enough decimals to tell the bounds apart.
	 *
	 * @param classification the class bounds
	 * @return one label per class
	 */
	public static List<String> boundLabels(Classification classification) {
		double[] breaks = classification.breaks();
		NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
		int decimals = decimalsFor(breaks);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < breaks.length; i++) {
			labels.add(i == 0 ? "≤ " + format.format(breaks[0])
					: format.format(breaks[i - 1]) + " – " + format.format(breaks[i]));
		}
		return List.copyOf(labels);
	}

	private static int decimalsFor(double[] breaks) {
		for (int decimals = 0; decimals < 6; decimals++) {
			double factor = Math.pow(10, decimals);
			boolean exact = true;
			for (double b : breaks) {
				exact &= Math.abs(Math.rint(b * factor) - b * factor) < 1e-9 * Math.max(1, Math.abs(b * factor));
			}
			if (exact) {
				return decimals;
			}
		}
		return 6;
	}

	/**
	 * Returns the class of a feature's value.
	 *
	 * @param value the attribute value ({@code Long}, {@code Double} or {@code null})
	 * @return the class index, or {@link Classification#NO_DATA}
	 */
	public int classOf(Object value) {
		return value instanceof Number number ? classification.classOf(number) : Classification.NO_DATA;
	}

	@Override
	public FeatureSymbolizer symbolizer(FeatureSchema schema) {
		int index = schema.indexOf(attribute);
		return (Feature feature) -> {
			int c = index < 0 ? Classification.NO_DATA : classOf(feature.getAttribute(index));
			return c == Classification.NO_DATA ? noDataSymbol : classes.get(c).symbol();
		};
	}

	@Override
	public List<LegendEntry> legend() {
		List<LegendEntry> entries = new ArrayList<>();
		for (StyleClass styleClass : classes) {
			entries.add(new LegendEntry(styleClass.label(), styleClass.symbol(), false));
		}
		entries.add(new LegendEntry(NO_DATA_LABEL, noDataSymbol, true));
		return List.copyOf(entries);
	}

	@Override
	public Optional<LabelStyle> labels() {
		return Optional.ofNullable(labelStyle);
	}

	@Override
	public GraduatedStyle withLabels(LabelStyle newLabels) {
		return new GraduatedStyle(attribute, classification, classes, noDataSymbol, palette, newLabels);
	}

	/**
	 * Returns a copy with other class labels (e.g. edited by the analyst); symbols are kept.
	 *
	 * @param newLabels one label per class
	 * @return the copy
	 * @throws IllegalArgumentException if the number of labels differs from the number of classes
	 */
	public GraduatedStyle withClassLabels(List<String> newLabels) {
		if (newLabels.size() != classes.size()) {
			throw new IllegalArgumentException(classes.size() + " labels expected, got " + newLabels.size());
		}
		List<StyleClass> relabelled = new ArrayList<>();
		for (int i = 0; i < classes.size(); i++) {
			relabelled.add(new StyleClass(newLabels.get(i), classes.get(i).symbol()));
		}
		return new GraduatedStyle(attribute, classification, relabelled, noDataSymbol, palette, labelStyle);
	}

	@Override
	public double maxSymbolSize() {
		double max = Math.max(noDataSymbol.strokeWidth(), noDataSymbol.pointSize());
		for (StyleClass styleClass : classes) {
			max = Math.max(max, Math.max(styleClass.symbol().strokeWidth(), styleClass.symbol().pointSize()));
		}
		return max;
	}
}
