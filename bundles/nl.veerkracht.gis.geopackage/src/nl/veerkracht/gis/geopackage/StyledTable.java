package nl.veerkracht.gis.geopackage;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.LayerStyle;

/**
 * A layer to write to a GeoPackage with its styles: the first is the default style, which QGIS applies when
 * it opens the layer; the others are offered in QGIS's style menu.
 *
 * @param features the layer
 * @param styles   its styles, the default first; may be empty for a layer without a style
 */
public record StyledTable(FeatureCollection features, List<NamedStyle> styles) {

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException     if a component is {@code null}
	 * @throws IllegalArgumentException if two styles have the same name
	 */
	public StyledTable {
		Objects.requireNonNull(features, "features");
		styles = List.copyOf(styles);
		if (styles.stream().map(NamedStyle::name).distinct().count() != styles.size()) {
			throw new IllegalArgumentException("Style names must be distinct within a table");
		}
	}

	/**
	 * Returns a layer with one style, named after the layer.
	 *
	 * @param features the layer
	 * @param style    its style
	 * @return the styled table
	 */
	public static StyledTable of(FeatureCollection features, LayerStyle style) {
		String name = features.getSchema().getName();
		return new StyledTable(features, List.of(new NamedStyle(name.isBlank() ? "stijl" : name, "", style)));
	}
}
