package nl.veerkracht.gis.qgis.tests;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.FeatureSymbolizer;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;

/** What QGIS should report for a layer drawn with one of our styles, in the report's notation. */
final class Expected {

	private Expected() {
	}

	/** @return the fill as QGIS gives a symbol's colour: {@code #rrggbbaa}, the opacity as alpha */
	static String fill(SimpleStyle symbol) {
		Color fill = symbol.fill() == null ? new Color(0, 0, 0, 0) : symbol.fill();
		int alpha = (int) Math.round(symbol.opacity() * fill.getAlpha());
		return String.format("#%02x%02x%02x%02x", fill.getRed(), fill.getGreen(), fill.getBlue(), alpha);
	}

	/** @return the outline colour as QGIS's symbol layer properties hold it: {@code r,g,b,a} */
	static String stroke(SimpleStyle symbol) {
		Color stroke = symbol.stroke();
		return stroke.getRed() + "," + stroke.getGreen() + "," + stroke.getBlue() + "," + stroke.getAlpha();
	}

	/** @return the legend labels, in order */
	static List<String> labels(LayerStyle style) {
		return style.legend().stream().map(LegendEntry::label).toList();
	}

	/** @return the legend's fill colours, in order */
	static List<String> fills(LayerStyle style) {
		return style.legend().stream().map(entry -> fill(entry.symbol())).toList();
	}

	/**
	 * @param features the features as read back from the GeoPackage (ids are the row ids)
	 * @param style    their style
	 * @return per feature id, the fill it is drawn with
	 */
	static Map<String, String> featureFills(FeatureCollection features, LayerStyle style) {
		FeatureSymbolizer symbolizer = style.symbolizer(features.getSchema());
		Map<String, String> fills = new LinkedHashMap<>();
		for (Feature feature : features.getFeatures()) {
			fills.put(feature.getId(), fill(symbolizer.symbolFor(feature)));
		}
		return fills;
	}
}
