package nl.veerkracht.gis.core.layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * The features of a collection reprojected to one map CRS, with a spatial index over the reprojected
 * geometries. Large collections are reprojected on all cores (the common fork-join pool), which is most
 * of the wait before a national layer first shows. Immutable once built, so it may be queried from several
 * threads.
 */
final class ProjectedFeatureIndex {

	/** Below this many features reprojecting in parallel costs more than it saves. */
	private static final int PARALLEL_THRESHOLD = 256;

	private final List<ProjectedFeature> features;
	private final STRtree index = new STRtree();
	private final Envelope envelope = new Envelope();

	ProjectedFeatureIndex(FeatureCollection collection, CrsTransform transform) {
		List<ProjectedFeature> projected = reproject(collection.getFeatures(), transform);
		for (int position = 0; position < projected.size(); position++) {
			Envelope bounds = projected.get(position).geometry().getEnvelopeInternal();
			if (!bounds.isNull()) {
				index.insert(bounds, position);
				envelope.expandToInclude(bounds);
			}
		}
		this.features = projected;
		index.build();
	}

	/**
	 * Reprojects every geometry and computes its envelope (which JTS caches in the geometry), so that the
	 * geometries are complete before other threads see them.
	 */
	private static List<ProjectedFeature> reproject(List<Feature> features, CrsTransform transform) {
		Stream<Feature> stream = features.size() >= PARALLEL_THRESHOLD && !transform.isIdentity()
				? features.parallelStream()
				: features.stream();
		return stream.map(feature -> {
			Geometry geometry = transform.transform(feature.getGeometry());
			geometry.getEnvelopeInternal();
			return new ProjectedFeature(feature, geometry);
		}).toList();
	}

	Envelope envelope() {
		return new Envelope(envelope);
	}

	/** Returns the features whose envelopes intersect the area, in collection order. */
	List<ProjectedFeature> query(Envelope area) {
		List<?> hits = index.query(area);
		int[] positions = new int[hits.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = (Integer) hits.get(i);
		}
		Arrays.sort(positions);
		List<ProjectedFeature> result = new ArrayList<>(positions.length);
		for (int position : positions) {
			result.add(features.get(position));
		}
		return result;
	}
}
