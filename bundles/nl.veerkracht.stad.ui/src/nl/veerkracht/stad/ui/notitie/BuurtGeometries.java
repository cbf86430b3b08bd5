package nl.veerkracht.stad.ui.notitie;

import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * The buurt boundaries the notitie draws, from the features the Stadsbalans maps show: by buurt code, in RD New
 * metres (features in another CRS, e.g. a WGS 84 boundary file, are transformed so the scale bar is right).
 */
public final class BuurtGeometries {

	private BuurtGeometries() {
	}

	/**
	 * @param buurten the buurt features, in their CRS (RD New when it is unknown, as the map assumes)
	 * @param codeAttribute the attribute holding the buurt code
	 * @return each buurt's boundary by code, in RD New; features without code or geometry are left out, and of two
	 *         features with the same code the first is kept
	 */
	public static Map<String, Geometry> of(FeatureCollection buurten, String codeAttribute) {
		Crs crs = buurten.getCrs() == null ? Crs.RD_NEW : buurten.getCrs();
		CrsTransform toRd = new CrsTransform(crs, Crs.RD_NEW);
		Map<String, Geometry> result = new LinkedHashMap<>();
		int index = buurten.getSchema().indexOf(codeAttribute);
		if (index < 0) {
			return result;
		}
		for (Feature feature : buurten.getFeatures()) {
			Object code = feature.getAttribute(index);
			Geometry geometry = feature.getGeometry();
			if (code == null || code.toString().isBlank() || geometry == null || geometry.isEmpty()) {
				continue;
			}
			result.putIfAbsent(code.toString(), toRd.transform(geometry));
		}
		return result;
	}
}
