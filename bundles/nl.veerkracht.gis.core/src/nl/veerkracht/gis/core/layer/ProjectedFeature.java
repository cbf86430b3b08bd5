package nl.veerkracht.gis.core.layer;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.feature.Feature;

/**
 * A feature together with its geometry reprojected to a map CRS.
 *
 * @param feature the feature, with its geometry in the source CRS
 * @param geometry the geometry in the map CRS; must not be modified
 */
public record ProjectedFeature(Feature feature, Geometry geometry) {
}
