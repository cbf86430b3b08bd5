package nl.veerkracht.wijkschets.ui.poster;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.report.poster.CbsBron;
import nl.veerkracht.report.poster.PosterMap;
import nl.veerkracht.report.poster.PosterTexts;
import nl.veerkracht.scoring.run.SignalMapLayer;

/**
 * The poster's maps made from the signal map's klasse layer: the main map zoomed to the buurten of the wijkschets's
 * area (outlined and labelled), the inset showing the whole signal map with the area outlined, and the CBS source
 * line for the years the signal map was scored on. The layers are new objects over the same (immutable) features,
 * so a job can draw them while the Map view goes on with its own. Print needs its own framing: the editor's
 * {@code WijkMapFraming} sizes labels and margins for a screen and leaves room for an inset drawn over the map,
 * which on the A3 page cut the wijk and blew up the names; here the wijk fills the map box exactly.
 *
 * @param main        the main map
 * @param inset       the signal-map inset: the whole gemeente
 * @param attribution the source line, e.g. "Bron: CBS, Kerncijfers wijken en buurten 2014–2016, CC BY 4.0"
 * @param areaFound   whether the signal map has buurten of the area (if not, the main map shows all of it)
 */
public record PosterMaps(PosterMap main, PosterMap inset, String attribution, boolean areaFound) {

	private static final SimpleStyle OUTLINE = new SimpleStyle(null, new Color(0x1E, 0x2A, 0x30), 1.6f, 1, 6);
	private static final SimpleStyle INSET_OUTLINE = new SimpleStyle(null, Color.BLACK, 1.2f, 1, 6);

	/**
	 * @param klasse the signal map's klasse layer (features with {@link SignalMapLayer#BU_CODE} and
	 *               {@link SignalMapLayer#NAAM})
	 * @param crs    the CRS of the map to draw in
	 * @param area   the wijkschets's area, possibly null
	 * @param years  the years of the Kerncijfers the signal map was scored on
	 * @return the maps
	 */
	public static PosterMaps of(VectorLayer klasse, Crs crs, Regio area, int[] years) {
		FeatureCollection all = klasse.getFeatures();
		Predicate<String> inArea = buurtCodes(area);
		List<Feature> inside = new ArrayList<>();
		for (Feature feature : all.getFeatures()) {
			Object code = feature.getAttribute(SignalMapLayer.BU_CODE);
			if (code != null && inArea.test(code.toString())) {
				inside.add(feature);
			}
		}
		FeatureCollection areaBuurten = new FeatureCollection(all.getSchema(), inside, all.getCrs());
		String title = klasse.getTitle();
		LayerStyle style = klasse.getStyle();
		String areaName = area == null || area.getName() == null ? "" : area.getName();

		MapContent main = new MapContent(crs);
		main.addLayer(new VectorLayer(title, all, null, style));
		MapContent inset = new MapContent(crs);
		inset.addLayer(new VectorLayer(title, all, null, style));
		Envelope mainArea;
		if (inside.isEmpty()) {
			mainArea = main.getEnvelope();
		} else {
			VectorLayer outline = new VectorLayer(areaName, areaBuurten, null,
					new SingleSymbolStyle(OUTLINE, LabelStyle.of(SignalMapLayer.NAAM)));
			main.addLayer(outline);
			inset.addLayer(new VectorLayer(areaName, areaBuurten, null, INSET_OUTLINE));
			mainArea = new Envelope(outline.getEnvelope(crs));
		}
		boolean invented = DemoGemeente.isInvented(all.getFeatures().stream()
				.map(feature -> String.valueOf(feature.getAttribute(SignalMapLayer.BU_CODE))).toList());
		return new PosterMaps(new PosterMap(main, mainArea), PosterMap.ofAll(inset),
				invented ? PosterTexts.FICTIEF : CbsBron.kerncijfers(years), !inside.isEmpty());
	}

	/**
	 * Which buurt codes belong to an area: a buurt its own code; a wijk {@code WKggggww} its buurten and every
	 * {@code BUggggww..}; a gemeente {@code GMgggg} every {@code BUgggg....}; a gebied the union of its parts.
	 *
	 * @param area the area, possibly null (no buurt belongs to it)
	 * @return the test on a CBS buurt code
	 */
	static Predicate<String> buurtCodes(Regio area) {
		Set<String> codes = new LinkedHashSet<>();
		Set<String> prefixes = new LinkedHashSet<>();
		collect(area, codes, prefixes);
		return code -> codes.contains(code) || prefixes.stream().anyMatch(code::startsWith);
	}

	private static void collect(Regio area, Set<String> codes, Set<String> prefixes) {
		if (area instanceof Gebied gebied) {
			for (CbsRegio part : gebied.getOnderdelen()) {
				collect(part, codes, prefixes);
			}
			return;
		}
		if (area instanceof Buurt buurt) {
			Optional.ofNullable(buurt.getCode()).ifPresent(codes::add);
			return;
		}
		if (area instanceof Wijk wijk) {
			for (Buurt buurt : wijk.getBuurten()) {
				Optional.ofNullable(buurt.getCode()).ifPresent(codes::add);
			}
		}
		if (area instanceof CbsRegio regio && regio.getCode() != null && regio.getCode().length() > 2) {
			// WK059903 -> BU059903, GM0599 -> BU0599: CBS codes share the digits of the larger area
			prefixes.add("BU" + regio.getCode().substring(2)); //$NON-NLS-1$
		}
	}
}
