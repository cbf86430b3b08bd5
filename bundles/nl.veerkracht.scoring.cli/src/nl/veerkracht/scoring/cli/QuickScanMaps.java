package nl.veerkracht.scoring.cli;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.FeatureSymbolizer;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.report.quickscan.LegendItem;
import nl.veerkracht.report.quickscan.MapArea;
import nl.veerkracht.report.quickscan.ScanMap;
import nl.veerkracht.scoring.run.SignalMapLayer;

/**
 * The report's maps of a signal-map layer: the buurten in RD New (reprojected when the layer is in another CRS),
 * simplified to what a printed page shows (half a metre on a page is far below a point), coloured by the signal
 * map's own styles, with the legend and the number of buurten per class.
 */
final class QuickScanMaps {

	/** Simplification tolerance in metres. */
	private static final double TOLERANCE = 2.0;

	private final FeatureCollection layer;
	private final List<Geometry> geometries = new ArrayList<>();

	QuickScanMaps(FeatureCollection layer) {
		this.layer = layer;
		Crs crs = layer.getCrs();
		CrsTransform transform = crs == null || crs.equals(Crs.RD_NEW) ? null : new CrsTransform(crs, Crs.RD_NEW);
		for (Feature feature : layer.getFeatures()) {
			Geometry geometry = feature.getGeometry();
			if (geometry != null && !geometry.isEmpty()) {
				geometry = transform == null ? geometry : transform.transform(geometry);
				geometry = TopologyPreservingSimplifier.simplify(geometry, TOLERANCE);
			}
			geometries.add(geometry);
		}
	}

	/**
	 * @param title the map's title
	 * @param style the signal-map style
	 * @param markers marks per buurt code (ranks in a table)
	 * @return the map
	 */
	ScanMap map(String title, LayerStyle style, Map<String, String> markers) {
		FeatureSymbolizer symbolizer = style.symbolizer(layer.getSchema());
		Map<String, LegendEntry> entries = new LinkedHashMap<>();
		for (LegendEntry entry : style.legend()) {
			entries.putIfAbsent(entry.label(), entry);
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<MapArea> areas = new ArrayList<>();
		List<Feature> features = layer.getFeatures();
		for (int i = 0; i < features.size(); i++) {
			Feature feature = features.get(i);
			Color fill = symbolizer.symbolFor(feature).fill();
			entries.values().stream().filter(entry -> entry.symbol().fill().equals(fill)).findFirst()
					.ifPresent(entry -> counts.merge(entry.label(), 1, Integer::sum));
			if (geometries.get(i) != null && !geometries.get(i).isEmpty()) {
				String code = String.valueOf(feature.getAttribute(SignalMapLayer.BU_CODE));
				Object name = feature.getAttribute(SignalMapLayer.NAAM);
				areas.add(new MapArea(code, name == null ? code : name.toString(), geometries.get(i), fill,
						markers.getOrDefault(code, "")));
			}
		}
		List<LegendItem> legend = new ArrayList<>();
		for (LegendEntry entry : entries.values()) {
			legend.add(new LegendItem(entry.label(), entry.symbol().fill(), counts.getOrDefault(entry.label(), 0)));
		}
		return new ScanMap(title, areas, legend);
	}
}
