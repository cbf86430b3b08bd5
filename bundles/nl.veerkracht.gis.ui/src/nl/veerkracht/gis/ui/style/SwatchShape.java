package nl.veerkracht.gis.ui.style;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.VectorLayer;

/** What a symbol swatch shows: a filled square for areas, a line for lines, a dot for points. */
public enum SwatchShape {

	/** A filled square with its outline, for polygon layers. */
	POLYGON,

	/** A thick line, for line layers. */
	LINE,

	/** A dot of the symbol's point size, for point layers. */
	POINT;

	/**
	 * Chooses the shape after the geometry of a layer's first located feature.
	 *
	 * @param layer the layer
	 * @return the shape; {@link #POLYGON} for layers without located features or that are not vector layers
	 */
	public static SwatchShape of(Layer layer) {
		if (layer instanceof VectorLayer vector) {
			for (Feature feature : vector.getFeatures().getFeatures()) {
				Geometry geometry = feature.getGeometry();
				if (!geometry.isEmpty()) {
					return switch (geometry.getDimension()) {
						case 0 -> POINT;
						case 1 -> LINE;
						default -> POLYGON;
					};
				}
			}
		}
		return POLYGON;
	}
}
