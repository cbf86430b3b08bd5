package nl.veerkracht.gis.core.style.sld;

import java.util.Optional;

import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;

/**
 * Checks a style read from elsewhere against the attributes of the layer it is meant for: a style by an
 * attribute the layer lacks would draw every feature as "geen gegevens", so it is not used; labels of an
 * attribute the layer lacks are dropped. Both are told as warnings.
 */
public final class StyleFit {

	private StyleFit() {
	}

	/**
	 * @param style    the style
	 * @param schema   the attributes of the layer
	 * @param source   where the style comes from, e.g. the SLD file name, for warnings
	 * @param warnings receives what does not fit
	 * @return the style as it can be used on the layer, or empty when it does not fit at all
	 */
	public static Optional<LayerStyle> toLayer(LayerStyle style, FeatureSchema schema, String source,
			WarningSink warnings) {
		String attribute = switch (style) {
			case SingleSymbolStyle single -> null;
			case CategorizedStyle categorized -> categorized.attribute();
			case GraduatedStyle graduated -> graduated.attribute();
		};
		if (attribute != null && schema.indexOf(attribute) < 0) {
			warnings.warn(new ReadWarning(source, "the style is by the attribute \"" + attribute + "\", which the layer "
					+ schema.getName() + " does not have; the style is not used"));
			return Optional.empty();
		}
		if (style.labels().isPresent() && schema.indexOf(style.labels().get().attribute()) < 0) {
			warnings.warn(new ReadWarning(source, "the labels show the attribute \"" + style.labels().get().attribute()
					+ "\", which the layer " + schema.getName() + " does not have; the layer is not labelled"));
			return Optional.of(style.withLabels(null));
		}
		return Optional.of(style);
	}
}
