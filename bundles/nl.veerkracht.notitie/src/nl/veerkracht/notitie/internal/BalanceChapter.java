package nl.veerkracht.notitie.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.document.Column;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.Cause;
import nl.veerkracht.stad.PerspectiveMix;
import nl.veerkracht.stad.SensitivityResult;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.YearBalance;

/**
 * Chapter 2, "De stad in balans?": the signal map at the start in numbers, the balance figures of the baseline and
 * the scenario at the horizon with their P10–P90 bands, and the waterbed effects ({@link WaterbedSection}); with the
 * buurt geometries also the signal map at the start and the scenario's map at the horizon (side by side when the city is about as high as wide).
 */
public final class BalanceChapter {

	/** The chapter title. */
	public static final String TITLE = "De stad in balans?";
	/** The heading of the balance table. */
	public static final String BALANS = "Balans";
	/** The heading of the waterbed effects. */
	public static final String WATERBED = "Waterbedeffecten";

	/**
	 * What introduces the table of buurten per class at the start, which stands in for the maps when the notitie
	 * has no buurt boundaries (with maps, their legends give these counts).
	 */
	public static final String CLASS_TABLE_INTRO = "Het aantal buurten per klasse bij de start, naar het aandeel "
			+ "kwetsbare huishoudens in de CBS-cijfers.";

	private static final int MOST_ORIGINS = 3;

	private BalanceChapter() {
	}

	/**
	 * @param number the chapter number
	 * @param context the notitie's input
	 * @return the chapter
	 */
	public static Chapter build(int number, NotitieContext context) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("Buurten maken samen de stad. Dit hoofdstuk laat zien of de stad met de mix van "
				+ "handelingsperspectieven uit de wijkschetsen in balans blijft, of dat een keuze in de ene wijk "
				+ "problemen naar andere buurten verplaatst. Het scenario \u201c" + context.scenario().scenario().name()
				+ "\u201d wordt vergeleken met \u201cniets extra doen\u201d, van " + context.start() + " tot "
				+ context.end() + "."));
		blocks.add(new Block.Heading("Signaleringskaart in " + context.start()));
		if (NotitieMaps.available(context)) {
			blocks.addAll(NotitieMaps.cityFigures(context, WaterbedSection.markers(WaterbedSection.rows(context))));
		} else {
			blocks.add(new Block.Paragraph(CLASS_TABLE_INTRO));
			blocks.add(classTable(context));
		}
		blocks.add(new Block.Heading(BALANS + " in " + context.end()));
		blocks.add(new Block.Paragraph("Centrale uitkomst van het model, met de band waarbinnen 80% van de "
				+ "gevoeligheidsberekeningen valt (P10\u2013P90). Een band zegt hoe zeker een verschil is: "
				+ "overlappen de banden, dan is het verschil klein tegenover de onzekerheid."));
		blocks.add(balanceTable(context));
		blocks.add(new Block.Paragraph(largest(context)));
		blocks.add(new Block.Heading(WATERBED));
		blocks.addAll(WaterbedSection.build(context));
		return new Chapter(number, TITLE, blocks);
	}

	private static Block classTable(NotitieContext context) {
		YearBalance start = context.baseline().central().balance(context.start());
		List<List<Cell>> rows = new ArrayList<>();
		for (Klasse klasse : Klasse.values()) {
			rows.add(List.of(new Cell(capital(klasse.label()), ClassColours.of(klasse)),
					Cell.of(NotitieNumbers.count(start.buurtenPerKlasse().getOrDefault(klasse, 0)))));
		}
		return new Block.Table(List.of(new Column("Klasse", 3, false), new Column("Buurten", 1, true)), rows);
	}

	private static Block balanceTable(NotitieContext context) {
		int end = context.end();
		YearBalance start = context.baseline().central().balance(context.start());
		YearBalance base = context.baseline().central().balance(end);
		YearBalance scen = context.scenario().central().balance(end);
		SensitivityResult baseBands = context.baseline().sensitivity();
		SensitivityResult scenBands = context.scenario().sensitivity();
		List<List<Cell>> rows = new ArrayList<>();
		for (Klasse klasse : Klasse.values()) {
			rows.add(cells("Buurten " + klasse.label(), NotitieNumbers.count(start.buurtenPerKlasse().getOrDefault(klasse, 0)),
					NotitieNumbers.count(base.buurtenPerKlasse().getOrDefault(klasse, 0)), "",
					NotitieNumbers.count(scen.buurtenPerKlasse().getOrDefault(klasse, 0)), ""));
		}
		rows.add(cells("Grootste aandeel kwetsbaar", NotitieNumbers.percent(start.largestShare()),
				NotitieNumbers.percent(base.largestShare()), NotitieNumbers.percentBand(baseBands.largestShare(end)),
				NotitieNumbers.percent(scen.largestShare()), NotitieNumbers.percentBand(scenBands.largestShare(end))));
		rows.add(cells("Segregatie-index", NotitieNumbers.index(start.dissimilarity()),
				NotitieNumbers.index(base.dissimilarity()), NotitieNumbers.indexBand(baseBands.dissimilarity(end)),
				NotitieNumbers.index(scen.dissimilarity()), NotitieNumbers.indexBand(scenBands.dissimilarity(end))));
		rows.add(cells("Kwetsbare huishoudens", NotitieNumbers.count(start.vulnerableTotal()),
				NotitieNumbers.count(base.vulnerableTotal()), "", NotitieNumbers.count(scen.vulnerableTotal()), ""));
		rows.add(cells("Niet geplaatst na sloop", NotitieNumbers.count(start.unplaced()),
				NotitieNumbers.count(base.unplaced()), "", NotitieNumbers.count(scen.unplaced()), ""));
		return new Block.Table(List.of(new Column("Kengetal", 2.4f, false),
				new Column("Start " + context.start(), 1.2f, true), new Column("Niets extra " + end, 1.7f, true),
				new Column("P10\u2013P90", 1.4f, true), new Column("Scenario " + end, 1.4f, true),
				new Column("P10\u2013P90", 1.4f, true)), rows);
	}

	private static String largest(NotitieContext context) {
		String start = name(context, context.baseline().central().balance(context.start()).largestBuurt());
		String base = name(context, context.baseline().central().balance(context.end()).largestBuurt());
		String scen = name(context, context.scenario().central().balance(context.end()).largestBuurt());
		return "Het grootste aandeel kwetsbare huishoudens (van de buurten met minstens "
				+ NotitieNumbers.count(YearBalance.CONCENTRATION_MINIMUM) + " huishoudens) heeft bij de start " + start
				+ ", in " + context.end() + " zonder extra inzet " + base + " en met het scenario " + scen
				+ ". De segregatie-index (0 tot 1) zegt "
				+ "hoe ongelijk kwetsbare huishoudens over de buurten verdeeld zijn: lager is gemengder.";
	}

	/**
	 * @param context the notitie's input
	 * @param effect a waterbed effect
	 * @return it in words: buurt, year, class change, the households that caused it per perspective and the buurten
	 *         they came from most, and the mix's answer
	 */
	static String sentence(NotitieContext context, WaterbedEffect effect) {
		Map<Handelingsperspectief, Integer> perPerspective = new EnumMap<>(Handelingsperspectief.class);
		Map<String, Integer> perOrigin = new HashMap<>();
		int total = 0;
		for (Map.Entry<Cause, Integer> cause : effect.causes().entrySet()) {
			perPerspective.merge(cause.getKey().perspective(), cause.getValue(), Integer::sum);
			perOrigin.merge(cause.getKey().originCode(), cause.getValue(), Integer::sum);
			total += cause.getValue();
		}
		List<String> perspectives = new ArrayList<>();
		perPerspective.forEach((perspective, households) -> perspectives.add(NotitieNumbers.count(households) + " door "
				+ perspective.getLiteral().toLowerCase(Locale.ROOT)));
		List<String> origins = perOrigin.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(MOST_ORIGINS)
				.map(origin -> context.comparison().buurtName(origin.getKey()) + " (" + NotitieNumbers.count(origin.getValue())
						+ ")")
				.toList();
		return name(context, effect.buurtCode()) + ": in " + effect.year() + " " + effect.scenario().label()
				+ " in plaats van " + effect.baseline().label() + ", door " + NotitieNumbers.count(total)
				+ " kwetsbare huishoudens uit andere buurten (" + String.join(", ", perspectives) + "), "
				+ (perOrigin.size() > MOST_ORIGINS ? "vooral uit " : "uit ") + words(origins) + ". " + answer(context, effect.buurtCode());
	}

	private static String words(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
	}

	private static String answer(NotitieContext context, String code) {
		PerspectiveMix mix = context.scenario().scenario().mix(code);
		List<String> coping = new ArrayList<>();
		for (Handelingsperspectief perspective : List.of(Handelingsperspectief.SOCIALE_AANPAK,
				Handelingsperspectief.LEEFOMGEVING)) {
			int intensity = mix.intensity(perspective);
			if (intensity > 0) {
				coping.add(perspective.getLiteral().toLowerCase(Locale.ROOT) + " (" + Intensiteit.woord(intensity) + ")");
			}
		}
		if (coping.isEmpty()) {
			return "De mix antwoordt hier niet: geen wijkschets zet in deze buurt sociale aanpak of leefomgeving in.";
		}
		return "De mix antwoordt hier met " + String.join(" en ", coping) + ".";
	}

	private static String name(NotitieContext context, String code) {
		return code == null ? "\u2013" : context.comparison().buurtName(code);
	}

	private static List<Cell> cells(String... texts) {
		List<Cell> cells = new ArrayList<>();
		for (String text : texts) {
			cells.add(Cell.of(text));
		}
		return cells;
	}

	static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
