package nl.veerkracht.wijkschets.ui.poster;

import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.model.Regio;
import nl.veerkracht.report.poster.CbsBron;
import nl.veerkracht.report.poster.PosterMap;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.wijkschets.ui.map.WijkMapFraming;

/**
 * The poster's maps made from the signal map, framed as in the wijkschets editor: the main map zoomed to the buurten
 * of the wijkschets's area, the inset showing the whole signal map with the area outlined, and the CBS source line
 * for the years the signal map was scored on. The layers are new objects over the same (immutable) features, so a
 * job can draw them while the Map view goes on with its own.
 *
 * @param main        the main map
 * @param inset       the signal-map inset: the whole gemeente
 * @param attribution the source line, e.g. "Bron: CBS, Kerncijfers wijken en buurten 2014–2016, CC BY 4.0"
 * @param areaFound   whether the signal map has buurten of the area (if not, the main map shows all of it)
 */
public record PosterMaps(PosterMap main, PosterMap inset, String attribution, boolean areaFound) {

	/**
	 * Frames the poster's maps the way the wijkschets editor's map does ({@link WijkMapFraming}, large type): the
	 * main map on the area's buurten in their classes with the other wijken veiled and the wijk outlined, the
	 * inset on the whole signal map with the wijk marked.
	 *
	 * @param signalMap the signal-map features ({@link SignalMapLayer}), e.g. {@code ScoringState.layer()}
	 * @param style     the style of the classes as the Map view shows them
	 * @param area      the wijkschets's area; without one the main map shows the whole signal map
	 * @param years     the years of the Kerncijfers the signal map was scored on
	 * @return the maps
	 */
	public static PosterMaps of(FeatureCollection signalMap, LayerStyle style, Regio area, int[] years) {
		WijkMapFraming framing = area == null ? WijkMapFraming.of(signalMap, style, List.of(), "", true) //$NON-NLS-1$
				: WijkMapFraming.of(signalMap, style, area, true);
		return new PosterMaps(new PosterMap(framing.mainMap(), framing.mainEnvelope()),
				new PosterMap(framing.insetMap(), framing.insetEnvelope()), CbsBron.kerncijfers(years),
				framing.buurtCount() > 0);
	}
}
