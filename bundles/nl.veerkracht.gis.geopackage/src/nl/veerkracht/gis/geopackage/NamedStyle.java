package nl.veerkracht.gis.geopackage;

import java.util.Objects;

import nl.veerkracht.gis.core.style.LayerStyle;

/**
 * A style of a feature table as kept in a GeoPackage's {@code layer_styles} table, where QGIS lists it by
 * name in the layer's style menu.
 *
 * @param name        the style's name ({@code styleName}, at most 30 characters in QGIS's table), e.g.
 *                    "klasse"
 * @param description what the style shows ({@code description}), may be empty
 * @param style       the style
 */
public record NamedStyle(String name, String description, LayerStyle style) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException     if a component is {@code null}
	 * @throws IllegalArgumentException if the name is blank
	 */
	public NamedStyle {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(style, "style");
		if (name.isBlank()) {
			throw new IllegalArgumentException("A style needs a name");
		}
	}
}
