package nl.veerkracht.gis.core.render.decor;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/** What a legend swatch looks like, after the kind of geometry its layer has. */
public enum SwatchShape {

	/** A filled and outlined rectangle, for polygons. */
	AREA,

	/** A horizontal line, for lines. */
	LINE,

	/** A circle, for points. */
	POINT;

	/**
	 * Returns the swatch shape of a layer's features, after the first feature that has a geometry.
	 *
	 * @param features the layer's features
	 * @return the shape; {@link #AREA} if no feature has a geometry
	 */
	public static SwatchShape of(FeatureCollection features) {
		for (Feature feature : features.getFeatures()) {
			Geometry geometry = feature.getGeometry();
			if (geometry != null && !geometry.isEmpty()) {
				return switch (geometry.getDimension()) {
				case 0 -> POINT;
				case 1 -> LINE;
				default -> AREA;
				};
			}
		}
		return AREA;
	}
}
