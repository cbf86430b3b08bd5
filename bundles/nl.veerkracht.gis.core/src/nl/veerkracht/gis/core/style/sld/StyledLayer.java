package nl.veerkracht.gis.core.style.sld;

import java.util.Objects;

import nl.veerkracht.gis.core.style.LayerStyle;

/**
 * The style of one layer in an SLD document ({@code NamedLayer}): the layer's name, its style, and the kind
 * of geometry it is drawn for.
 *
 * @param name     the layer name ({@code NamedLayer/Name}), e.g. the name of a data file's layer; may be
 *                 empty when the document does not name it
 * @param style    the style
 * @param geometry the kind of geometry the symbolizers are for
 */
public record StyledLayer(String name, LayerStyle style, GeometryKind geometry) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public StyledLayer {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(style, "style");
		Objects.requireNonNull(geometry, "geometry");
	}
}
