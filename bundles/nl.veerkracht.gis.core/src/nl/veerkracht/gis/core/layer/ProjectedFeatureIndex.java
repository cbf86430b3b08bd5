package nl.veerkracht.gis.core.layer;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * The features of a collection reprojected to one map CRS, with a spatial index over the reprojected
 * geometries. Immutable once built, so it may be queried from several threads.
 */
final class ProjectedFeatureIndex {

	private final List<ProjectedFeature> features;
	private final STRtree index = new STRtree();
	private final Envelope envelope = new Envelope();

	ProjectedFeatureIndex(FeatureCollection collection, CrsTransform transform) {
		List<ProjectedFeature> projected = new ArrayList<>(collection.size());
		for (Feature feature : collection.getFeatures()) {
			Geometry geometry = transform.transform(feature.getGeometry());
			Envelope bounds = geometry.getEnvelopeInternal();
			if (!bounds.isNull()) {
				index.insert(bounds, projected.size());
				envelope.expandToInclude(bounds);
			}
			projected.add(new ProjectedFeature(feature, geometry));
		}
		this.features = List.copyOf(projected);
		index.build();
	}

	Envelope envelope() {
		return new Envelope(envelope);
	}

	/** Returns the features whose envelopes intersect the area, in collection order. */
	List<ProjectedFeature> query(Envelope area) {
		List<?> hits = index.query(area);
		int[] positions = hits.stream().mapToInt(Integer.class::cast).sorted().toArray();
		List<ProjectedFeature> result = new ArrayList<>(positions.length);
		for (int position : positions) {
			result.add(features.get(position));
		}
		return result;
	}
}
