package nl.veerkracht.report.quickscan;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

/**
 * A map of the gemeente's buurten in the report: every buurt filled with the colour of its class, and the
 * legend with the number of buurten per class.
 *
 * @param title  the map's title, e.g. "Klassen 2016"
 * @param areas  the buurten
 * @param legend the classes in legend order, "geen gegevens" last
 */
public record ScanMap(String title, List<MapArea> areas, List<LegendItem> legend) {

	/**
	 * Copies the lists.
	 */
	public ScanMap {
		areas = List.copyOf(areas);
		legend = List.copyOf(legend);
	}

	/** @return the extent of all buurten; empty (null envelope) without buurten */
	public Envelope extent() {
		Envelope extent = new Envelope();
		for (MapArea area : areas) {
			extent.expandToInclude(area.geometry().getEnvelopeInternal());
		}
		return extent;
	}

	/**
	 * Returns the area of the numbered buurten when it is much smaller than the whole map, so that a detail
	 * map can show their numbers readably.
	 *
	 * @return the envelope of the buurten with a marker, widened by a fifth of its size, when it covers less
	 *         than a quarter of the map's extent; empty otherwise
	 */
	public Optional<Envelope> detail() {
		Envelope marked = new Envelope();
		for (MapArea area : areas) {
			if (!area.marker().isEmpty()) {
				marked.expandToInclude(area.geometry().getEnvelopeInternal());
			}
		}
		Envelope all = extent();
		if (marked.isNull() || all.isNull()) {
			return Optional.empty();
		}
		marked.expandBy(0.2 * Math.max(marked.getWidth(), marked.getHeight()));
		return marked.getArea() < all.getArea() / 4 ? Optional.of(marked) : Optional.empty();
	}
}
