package nl.veerkracht.wijkschets.ui.create;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.select.FeaturePicker;

/**
 * The wijk under a point of the map: found in the topmost visible layer that has a feature there with a CBS
 * wijk code ({@code WKggggww}) or buurt code ({@code BUggggwwbb}, whose wijk is meant), together with the
 * buurten of that wijk the same layer holds and their names.
 *
 * @param wijkCode     the wijk's code
 * @param wijkName     the wijk's name when the layer has it, else empty
 * @param buurtNames   the buurten of the wijk in the layer, code to name (the code when nameless), in the
 *                     layer's order
 * @param layer        the layer it was found in
 */
public record WijkOnMap(String wijkCode, Optional<String> wijkName, Map<String, String> buurtNames, VectorLayer layer) {

	private static final List<String> NAME_ATTRIBUTES = List.of("naam", "buurtnaam", "bu_naam", "wijknaam", "wk_naam", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"statnaam", "name"); //$NON-NLS-1$ //$NON-NLS-2$

	/** @return the code of the gemeente the wijk belongs to, e.g. {@code GM0599} */
	public String gemeenteCode() {
		return RegionCode.of(wijkCode).within(RegionLevel.GEMEENTE).code();
	}

	/**
	 * @param content   the map
	 * @param point     a point in the map's CRS
	 * @param tolerance how far from the point a feature still counts, in map units
	 * @return the wijk there, if a visible layer has a wijk or buurt with a CBS code at the point
	 */
	public static Optional<WijkOnMap> at(MapContent content, Coordinate point, double tolerance) {
		List<Layer> layers = content.layers();
		for (int i = layers.size() - 1; i >= 0; i--) {
			if (layers.get(i) instanceof VectorLayer layer && layer.isVisible()) {
				for (Feature hit : FeaturePicker.at(layer, content.getCrs(), point, tolerance)) {
					Optional<RegionCode> code = regionCode(hit);
					if (code.isPresent()) {
						return Optional.of(of(layer, code.get(), hit));
					}
				}
			}
		}
		return Optional.empty();
	}

	private static WijkOnMap of(VectorLayer layer, RegionCode code, Feature hit) {
		String wijkCode = code.within(RegionLevel.WIJK).code();
		Optional<String> wijkName = code.level() == RegionLevel.WIJK ? name(hit) : Optional.empty();
		Map<String, String> buurten = new LinkedHashMap<>();
		String prefix = "BU" + wijkCode.substring(2); //$NON-NLS-1$
		for (Feature feature : layer.getFeatures().getFeatures()) {
			regionCode(feature).filter(c -> c.level() == RegionLevel.BUURT && c.code().startsWith(prefix))
					.ifPresent(c -> buurten.putIfAbsent(c.code(), name(feature).orElse(c.code())));
		}
		return new WijkOnMap(wijkCode, wijkName, buurten, layer);
	}

	/**
	 * @param feature a feature
	 * @return the first attribute value that is a CBS wijk or buurt code
	 */
	static Optional<RegionCode> regionCode(Feature feature) {
		for (AttributeDescriptor attribute : feature.getSchema().getAttributes()) {
			Object value = feature.getAttribute(attribute.name());
			if (value instanceof String text) {
				Optional<RegionCode> code = RegionCode.parse(text);
				if (code.isPresent() && (code.get().level() == RegionLevel.WIJK || code.get().level() == RegionLevel.BUURT)) {
					return code;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> name(Feature feature) {
		for (String attribute : NAME_ATTRIBUTES) {
			if (feature.getSchema().indexOf(attribute) >= 0 && feature.getAttribute(attribute) instanceof String text
					&& !text.isBlank()) {
				return Optional.of(text.strip());
			}
		}
		return Optional.empty();
	}
}
