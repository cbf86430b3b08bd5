package nl.veerkracht.gis.core.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.FeatureSymbolizer;
import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * Finds the features under a point or inside a box of a map, by their real geometry (not just their
 * bounding boxes), through each layer's spatial index. What can be picked is what is drawn: only visible
 * layers count, and a polygon drawn without a fill is hit on its outline only.
 * <p>
 * Stateless and thread-safe; all coordinates are in the map CRS.
 */
public final class FeaturePicker {

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private FeaturePicker() {
	}

	/**
	 * Finds the features of the topmost visible vector layer that has any feature within a distance of a
	 * point, as for a click on the map.
	 *
	 * @param content the map
	 * @param point the point in the map CRS
	 * @param tolerance the distance in map units within which a feature counts as hit, for example a few
	 *        pixels times the map scale; at least 0
	 * @return the hit features of that layer, best match first, or empty if no visible feature is near
	 */
	public static Optional<Pick> topmostAt(MapContent content, Coordinate point, double tolerance) {
		List<Layer> layers = content.layers();
		for (int i = layers.size() - 1; i >= 0; i--) {
			if (layers.get(i) instanceof VectorLayer layer && layer.isVisible()) {
				List<Feature> hits = at(layer, content.getCrs(), point, tolerance);
				if (!hits.isEmpty()) {
					return Optional.of(new Pick(layer, hits));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Finds the features of the topmost visible vector layer that has any feature intersecting a box, as
	 * for a selection rectangle dragged on the map.
	 *
	 * @param content the map
	 * @param box the box in the map CRS
	 * @return the features of that layer in the box, in drawing order, or empty if no visible feature is in it
	 */
	public static Optional<Pick> topmostIn(MapContent content, Envelope box) {
		List<Layer> layers = content.layers();
		for (int i = layers.size() - 1; i >= 0; i--) {
			if (layers.get(i) instanceof VectorLayer layer && layer.isVisible()) {
				List<Feature> hits = in(layer, content.getCrs(), box);
				if (!hits.isEmpty()) {
					return Optional.of(new Pick(layer, hits));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Finds the features of one layer within a distance of a point.
	 *
	 * @param layer the layer
	 * @param mapCrs the map CRS
	 * @param point the point in {@code mapCrs}
	 * @param tolerance the distance in map units, at least 0
	 * @return the hit features: those containing the point first, then by distance, features drawn later
	 *         (on top) before earlier ones at equal distance
	 * @throws IllegalArgumentException if the tolerance is negative
	 */
	public static List<Feature> at(VectorLayer layer, Crs mapCrs, Coordinate point, double tolerance) {
		if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
			throw new IllegalArgumentException("Tolerance must be a finite number >= 0: " + tolerance);
		}
		Envelope area = new Envelope(point);
		area.expandBy(tolerance);
		Point target = GEOMETRIES.createPoint(point);
		FeatureSymbolizer symbolizer = layer.getStyle().symbolizer(layer.getFeatures().getSchema());
		List<ProjectedFeature> candidates = layer.query(mapCrs, area);
		List<Hit> hits = new ArrayList<>();
		for (int order = 0; order < candidates.size(); order++) {
			ProjectedFeature candidate = candidates.get(order);
			Geometry clickable = clickable(candidate, symbolizer);
			if (clickable.isWithinDistance(target, tolerance)) {
				hits.add(new Hit(candidate.feature(), clickable.distance(target), order));
			}
		}
		hits.sort(Comparator.comparingDouble(Hit::distance).thenComparing(Comparator.comparingInt(Hit::order).reversed()));
		return hits.stream().map(Hit::feature).toList();
	}

	/**
	 * Finds the features of one layer whose geometry intersects a box.
	 *
	 * @param layer the layer
	 * @param mapCrs the map CRS
	 * @param box the box in {@code mapCrs}
	 * @return the features in drawing order
	 */
	public static List<Feature> in(VectorLayer layer, Crs mapCrs, Envelope box) {
		Geometry rectangle = GEOMETRIES.toGeometry(box);
		List<Feature> result = new ArrayList<>();
		for (ProjectedFeature candidate : layer.query(mapCrs, box)) {
			if (candidate.geometry().intersects(rectangle)) {
				result.add(candidate.feature());
			}
		}
		return result;
	}

	/** The part of a feature that shows: a polygon without fill shows only its outline. */
	private static Geometry clickable(ProjectedFeature candidate, FeatureSymbolizer symbolizer) {
		Geometry geometry = candidate.geometry();
		if (geometry instanceof Polygonal) {
			SimpleStyle symbol = symbolizer.symbolFor(candidate.feature());
			if (symbol.fill() == null || symbol.opacity() == 0) {
				return geometry.getBoundary();
			}
		}
		return geometry;
	}

	private record Hit(Feature feature, double distance, int order) {
	}
}
