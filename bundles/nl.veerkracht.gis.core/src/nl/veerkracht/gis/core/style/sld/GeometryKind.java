package nl.veerkracht.gis.core.style.sld;

import org.locationtech.jts.geom.Dimension;
import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * The kind of geometry a style is written for, which decides the SLD symbolizer: other GIS software draws
 * a {@code PolygonSymbolizer} only on areas, a {@code LineSymbolizer} along lines and a
 * {@code PointSymbolizer} at points.
 */
public enum GeometryKind {

	/** Areas: {@code PolygonSymbolizer} with fill and outline. */
	POLYGON,

	/** Lines: {@code LineSymbolizer} with a stroke. */
	LINE,

	/** Points: {@code PointSymbolizer} with a circle mark. */
	POINT;

	/**
	 * Returns the kind of a layer's features: that of the geometries of the highest dimension, so that a
	 * layer of areas with a stray point is styled as areas. A layer without geometries counts as areas.
	 *
	 * @param features the features
	 * @return the kind
	 */
	public static GeometryKind of(FeatureCollection features) {
		int dimension = Dimension.FALSE;
		for (Feature feature : features.getFeatures()) {
			Geometry geometry = feature.getGeometry();
			if (geometry != null && !geometry.isEmpty()) {
				dimension = Math.max(dimension, geometry.getDimension());
				if (dimension == Dimension.A) {
					break;
				}
			}
		}
		return switch (dimension) {
			case Dimension.P -> POINT;
			case Dimension.L -> LINE;
			default -> POLYGON;
		};
	}
}
