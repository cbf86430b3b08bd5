package nl.veerkracht.notitie.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;

import nl.veerkracht.report.quickscan.LegendItem;
import nl.veerkracht.report.quickscan.MapArea;
import nl.veerkracht.report.quickscan.MapFigure;
import nl.veerkracht.report.quickscan.ScanMap;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.ScenarioOutcome;

/**
 * The maps of the notitie, made only when the buurt geometries are known: the city in the classes of a scenario
 * and year (the legend counts are the balance's buurten per class), optionally with numbered buurten, and a wijk's
 * buurten in the scenario's class at the horizon with its neighbours in light grey around them.
 */
public final class NotitieMaps {

	/** The largest height of the two city maps side by side, in points. */
	public static final float CITY_HEIGHT = 250;
	/** The height of a wijk map in points. */
	public static final float WIJK_HEIGHT = 230;

	/** The least height of the city against its width for the two maps to stand side by side. */
	private static final double SIDE_BY_SIDE = 0.75;
	private static final double WIJK_MARGIN = 0.12;
	private static final double WIJK_MARGIN_MIN_METRES = 250;

	private NotitieMaps() {
	}

	/**
	 * @param context the notitie's input
	 * @return whether any buurt of the comparison has a geometry, so maps can be drawn
	 */
	public static boolean available(NotitieContext context) {
		return context.comparison().baseline().central().buurtCodes().stream().anyMatch(context.geometries()::containsKey);
	}

	/**
	 * The signal map at the start and the scenario at the horizon: side by side when the city is about as high as
	 * wide (each half then still shows it large enough), else one under the other across the text width, so a wide
	 * city like Rotterdam keeps its small central buurten readable (with a detail map of the numbered buurten when
	 * they lie close together).
	 *
	 * @param context the notitie's input
	 * @param markers the mark of each numbered buurt on the scenario's map, by code
	 * @return one figure with both maps, or two figures
	 */
	public static List<MapFigure> cityFigures(NotitieContext context, Map<String, String> markers) {
		String scenario = "\u201c" + context.scenario().scenario().name() + "\u201d";
		ScanMap start = city(context, context.baseline(), context.start(), Map.of(), "Signaleringskaart " + context.start());
		ScanMap end = city(context, context.scenario(), context.end(), markers, context.end() + " met " + scenario);
		String numbers = markers.isEmpty() ? "" : " De nummers zijn die van de tabel Waterbedeffecten.";
		String grey = start.areas().stream().anyMatch(area -> area.fill() == ClassColours.CONTEXT)
				? " Lichtgrijs: buurten zonder huishoudens in het model."
				: "";
		Envelope extent = start.extent();
		if (extent.getHeight() >= SIDE_BY_SIDE * extent.getWidth()) {
			return List.of(new MapFigure(List.of(start, end), "Klasse per buurt bij de start (" + context.start()
					+ ") en in " + context.end() + " met het scenario " + scenario
					+ ", in de kleuren van de signaleringskaart." + numbers + grey, CITY_HEIGHT));
		}
		return List.of(new MapFigure(start, "Klasse per buurt bij de start (" + context.start()
				+ "), in de kleuren van de signaleringskaart." + grey, CITY_HEIGHT),
				new MapFigure(end, "Klasse per buurt in " + context.end() + " met het scenario " + scenario + "." + numbers
						+ grey, CITY_HEIGHT));
	}

	/**
	 * @param context the notitie's input
	 * @param outcome the scenario whose classes the map shows
	 * @param year the year
	 * @param markers the mark of each numbered buurt, by code
	 * @param title the map's title
	 * @return every buurt of the comparison with a geometry in its class, other buurten with a geometry among them in
	 *         light grey, the legend with the buurten per class of that year's balance
	 */
	public static ScanMap city(NotitieContext context, ScenarioOutcome outcome, int year, Map<String, String> markers,
			String title) {
		List<String> codes = outcome.central().buurtCodes();
		Envelope modelled = new Envelope();
		for (String code : codes) {
			Geometry geometry = context.geometries().get(code);
			if (geometry != null) {
				modelled.expandToInclude(geometry.getEnvelopeInternal());
			}
		}
		List<MapArea> areas = new ArrayList<>();
		context.geometries().forEach((code, geometry) -> {
			if (!codes.contains(code) && geometry.getEnvelopeInternal().intersects(modelled)) {
				areas.add(new MapArea(code, code, geometry, ClassColours.CONTEXT, "")); // in the city, not in the model
			}
		});
		for (String code : codes) {
			Geometry geometry = context.geometries().get(code);
			if (geometry != null) {
				Klasse klasse = outcome.central().buurt(code, year).klasse();
				areas.add(new MapArea(code, context.comparison().buurtName(code), geometry, ClassColours.of(klasse),
						markers.getOrDefault(code, "")));
			}
		}
		return new ScanMap(title, areas, legend(outcome.central().balance(year).buurtenPerKlasse()));
	}

	/**
	 * @param context the notitie's input
	 * @param buurten the codes of the wijk's buurten
	 * @param description what it shows, one sentence
	 * @return the figure of the wijk's buurten in the scenario's class at the horizon, its neighbours cut to the
	 *         extent in light grey; empty when none of its buurten has a geometry
	 */
	public static Optional<MapFigure> wijk(NotitieContext context, Set<String> buurten, String description) {
		ScenarioOutcome scenario = context.scenario();
		int end = context.end();
		List<String> codes = scenario.central().buurtCodes();
		Envelope extent = new Envelope();
		List<MapArea> inside = new ArrayList<>();
		Map<Klasse, Integer> counts = new EnumMap<>(Klasse.class);
		for (String code : buurten) {
			if (!codes.contains(code)) {
				continue;
			}
			Klasse klasse = scenario.central().buurt(code, end).klasse();
			counts.merge(klasse, 1, Integer::sum);
			Geometry geometry = context.geometries().get(code);
			if (geometry != null) {
				extent.expandToInclude(geometry.getEnvelopeInternal());
				inside.add(new MapArea(code, context.comparison().buurtName(code), geometry, ClassColours.of(klasse), ""));
			}
		}
		if (inside.isEmpty()) {
			return Optional.empty();
		}
		extent.expandBy(Math.max(WIJK_MARGIN * Math.max(extent.getWidth(), extent.getHeight()), WIJK_MARGIN_MIN_METRES));
		List<MapArea> areas = new ArrayList<>();
		Geometry window = inside.get(0).geometry().getFactory().toGeometry(extent);
		context.geometries().forEach((code, geometry) -> {
			if (!buurten.contains(code) && geometry.getEnvelopeInternal().intersects(extent)) {
				clipped(geometry, window).ifPresent(part -> areas.add(new MapArea(code, code, part, ClassColours.CONTEXT, "")));
			}
		});
		areas.addAll(inside);
		return Optional.of(new MapFigure(new ScanMap(description, areas, legend(counts)), description, WIJK_HEIGHT));
	}

	private static Optional<Geometry> clipped(Geometry geometry, Geometry window) {
		try {
			Geometry part = geometry.intersection(window);
			return part.isEmpty() || part.getArea() <= 0 ? Optional.empty() : Optional.of(part);
		} catch (TopologyException e) {
			return Optional.empty(); // an invalid neighbour is only context: leave it out rather than draw it wrong
		}
	}

	private static List<LegendItem> legend(Map<Klasse, Integer> counts) {
		List<LegendItem> legend = new ArrayList<>();
		for (Klasse klasse : Klasse.values()) {
			legend.add(new LegendItem(klasse.label(), ClassColours.of(klasse), counts.getOrDefault(klasse, 0)));
		}
		return legend;
	}
}
