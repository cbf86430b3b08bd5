package nl.veerkracht.gis.core.style;

import java.util.List;
import java.util.Optional;

import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * How a layer's features are drawn and described: one symbol for all ({@link SingleSymbolStyle}), a symbol
 * per value of an attribute ({@link CategorizedStyle}) or a symbol per class of a numeric attribute
 * ({@link GraduatedStyle}), optionally with labels. Immutable and thread-safe; renderers call
 * {@link #symbolizer(FeatureSchema)} once per layer and draw and then ask it per feature.
 */
public sealed interface LayerStyle permits SingleSymbolStyle, CategorizedStyle, GraduatedStyle {

	/**
	 * Binds this style to the attributes of a layer, resolving attribute names once.
	 *
	 * @param schema the attributes of the layer's features
	 * @return the symbol chooser for features of that schema; features whose attribute is missing from the
	 *         schema get the "no data" symbol
	 */
	FeatureSymbolizer symbolizer(FeatureSchema schema);

	/**
	 * Returns the entries of the legend in display order; for classified styles the "no data" entry is
	 * always last and always present.
	 *
	 * @return the legend entries, never empty
	 */
	List<LegendEntry> legend();

	/**
	 * Returns how features are labelled.
	 *
	 * @return the label settings, or empty if the layer has no labels
	 */
	Optional<LabelStyle> labels();

	/**
	 * Returns a copy with other label settings.
	 *
	 * @param newLabels the label settings, or {@code null} for no labels
	 * @return the copy
	 */
	LayerStyle withLabels(LabelStyle newLabels);

	/**
	 * Returns the largest symbol extent in pixels (line width or point size), so that renderers can widen
	 * their query area by it.
	 *
	 * @return the largest symbol size in pixels
	 */
	double maxSymbolSize();
}
