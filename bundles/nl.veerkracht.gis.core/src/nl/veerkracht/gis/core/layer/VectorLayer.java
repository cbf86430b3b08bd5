package nl.veerkracht.gis.core.layer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;

/**
 * A layer showing a {@link FeatureCollection}. The features stay in their source CRS; for each map CRS
 * the layer lazily reprojects the geometries once and keeps them with a spatial index. Safe to query
 * from several threads at once.
 */
public final class VectorLayer extends Layer {

	private volatile FeatureCollection features;
	private final Path source;
	private volatile Map<Crs, ProjectedFeatureIndex> projections = new ConcurrentHashMap<>();

	/**
	 * Creates a layer drawing all features with one symbol.
	 *
	 * @param title the title shown to the user
	 * @param features the features, in their source CRS
	 * @param source the file the features were read from, or {@code null} for generated data
	 * @param symbol the symbol of every feature
	 */
	public VectorLayer(String title, FeatureCollection features, Path source, SimpleStyle symbol) {
		this(title, features, source, SingleSymbolStyle.of(symbol));
	}

	/**
	 * Creates a layer.
	 *
	 * @param title the title shown to the user
	 * @param features the features, in their source CRS
	 * @param source the file the features were read from, or {@code null} for generated data
	 * @param style the drawing style
	 */
	public VectorLayer(String title, FeatureCollection features, Path source, LayerStyle style) {
		super(title, style);
		this.features = Objects.requireNonNull(features, "features");
		this.source = source;
	}

	/**
	 * Returns the features in their source CRS.
	 *
	 * @return the collection
	 */
	public FeatureCollection getFeatures() {
		return features;
	}

	/**
	 * Returns the file the features were read from.
	 *
	 * @return the file, or empty for generated data
	 */
	public Optional<Path> getSource() {
		return Optional.ofNullable(source);
	}

	@Override
	public Envelope getEnvelope(Crs mapCrs) {
		return projectedTo(mapCrs).envelope();
	}

	/**
	 * Returns the features whose envelopes, reprojected to a map CRS, intersect an area. The first call for
	 * a map CRS reprojects all geometries; later calls use the cached result.
	 *
	 * @param mapCrs the CRS of the map
	 * @param area the area in {@code mapCrs}
	 * @return the matching features with their reprojected geometries, in collection order
	 * @throws IllegalArgumentException if a geometry cannot be reprojected to {@code mapCrs}
	 */
	public List<ProjectedFeature> query(Crs mapCrs, Envelope area) {
		return projectedTo(mapCrs).query(area);
	}

	private ProjectedFeatureIndex projectedTo(Crs mapCrs) {
		Objects.requireNonNull(mapCrs, "mapCrs");
		FeatureCollection current = features;
		return projections.computeIfAbsent(mapCrs,
				crs -> new ProjectedFeatureIndex(current, new CrsTransform(current.getCrs(), crs)));
	}

	/**
	 * Replaces the features; called by {@link MapContent#setFeatures(VectorLayer, FeatureCollection)}.
	 * Reprojections are made afresh on next use.
	 */
	void setFeatures(FeatureCollection newFeatures) {
		Objects.requireNonNull(newFeatures, "features");
		Map<Crs, ProjectedFeatureIndex> fresh = new ConcurrentHashMap<>();
		features = newFeatures;
		projections = fresh;
	}
}
