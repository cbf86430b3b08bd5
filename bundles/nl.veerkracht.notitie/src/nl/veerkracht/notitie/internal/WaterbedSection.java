package nl.veerkracht.notitie.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Column;
import nl.veerkracht.stad.WaterbedEffect;

/**
 * The waterbed effects of chapter 2, short: a paragraph that sums them up, a table with a row per buurt (numbered as
 * on the map of chapter 2) and the largest three in words.
 */
public final class WaterbedSection {

	/** How many of the largest effects are also told in a sentence. */
	public static final int IN_WORDS = 3;

	private static final int MOST_ORIGINS = 3;

	private WaterbedSection() {
	}

	/**
	 * @param context the notitie's input
	 * @return a row per buurt with a waterbed effect, in the first year it has one; sorted by that year, then by the
	 *         households from elsewhere, most first; numbered from 1 in that order
	 */
	public static List<WaterbedRow> rows(NotitieContext context) {
		Map<String, WaterbedEffect> first = new LinkedHashMap<>();
		for (WaterbedEffect effect : context.scenario().waterbed()) {
			first.merge(effect.buurtCode(), effect, (a, b) -> a.year() <= b.year() ? a : b);
		}
		List<WaterbedEffect> effects = new ArrayList<>(first.values());
		effects.sort(Comparator.comparingInt(WaterbedEffect::year)
				.thenComparing(effect -> -effect.causes().values().stream().mapToInt(Integer::intValue).sum()));
		List<WaterbedRow> rows = new ArrayList<>();
		for (WaterbedEffect effect : effects) {
			rows.add(WaterbedRow.of(rows.size() + 1, effect, context.scenario().scenario().mix(effect.buurtCode())));
		}
		return rows;
	}

	/**
	 * @param rows the waterbed table
	 * @return the number of each row's buurt, by code, as the map marks them
	 */
	public static Map<String, String> markers(List<WaterbedRow> rows) {
		Map<String, String> markers = new HashMap<>();
		rows.forEach(row -> markers.put(row.effect().buurtCode(), Integer.toString(row.number())));
		return markers;
	}

	/**
	 * @param context the notitie's input
	 * @return the blocks after the section's heading
	 */
	public static List<Block> build(NotitieContext context) {
		List<WaterbedRow> rows = rows(context);
		List<Block> blocks = new ArrayList<>();
		if (rows.isEmpty()) {
			blocks.add(new Block.Paragraph("Geen waterbedeffecten: in geen enkel jaar komt een buurt door keuzes "
					+ "elders in een slechtere klasse dan zonder extra inzet."));
		} else {
			blocks.add(new Block.Paragraph(summary(context, rows)));
		}
		if (rows.isEmpty()) {
			return blocks;
		}
		blocks.add(table(context, rows));
		List<WaterbedRow> largest = new ArrayList<>(rows);
		largest.sort(Comparator.comparingInt(WaterbedRow::households).reversed().thenComparingInt(WaterbedRow::number));
		List<String> sentences = new ArrayList<>();
		for (WaterbedRow row : largest.subList(0, Math.min(IN_WORDS, largest.size()))) {
			sentences.add(row.number() + ". " + BalanceChapter.sentence(context, row.effect()));
		}
		blocks.add(new Block.Paragraph(rows.size() <= IN_WORDS ? "In woorden:" : "De " + IN_WORDS + " grootste in woorden:"));
		blocks.add(new Block.Bullets(sentences));
		return blocks;
	}

	private static String summary(NotitieContext context, List<WaterbedRow> rows) {
		int households = 0;
		int answered = 0;
		int firstYear = Integer.MAX_VALUE;
		Map<Handelingsperspectief, Integer> perPerspective = new EnumMap<>(Handelingsperspectief.class);
		Map<String, Integer> perOrigin = new HashMap<>();
		for (WaterbedRow row : rows) {
			households += row.households();
			firstYear = Math.min(firstYear, row.effect().year());
			if (row.answer() != WaterbedRow.Answer.GEEN) {
				answered++;
			}
			row.perPerspective().forEach(entry -> perPerspective.merge(entry.getKey(), entry.getValue(), Integer::sum));
			row.perOrigin().forEach(entry -> perOrigin.merge(entry.getKey(), entry.getValue(), Integer::sum));
		}
		Map.Entry<Handelingsperspectief, Integer> perspective = perPerspective.entrySet().stream()
				.max(Map.Entry.<Handelingsperspectief, Integer>comparingByValue()
						.thenComparing(Map.Entry.<Handelingsperspectief, Integer>comparingByKey().reversed()))
				.orElseThrow();
		List<String> origins = perOrigin.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(MOST_ORIGINS).map(entry -> context.comparison().buurtName(entry.getKey())).toList();
		String count = rows.size() == 1 ? "E\u00e9n buurt komt" : rows.size() + " buurten komen";
		String answer = answered == rows.size()
				? (rows.size() == 1 ? "De mix antwoordt daar" : "De mix antwoordt in alle " + rows.size())
						+ " met sociale aanpak of leefomgeving."
				: answered == 0 ? "De mix antwoordt in " + (rows.size() == 1 ? "die buurt" : "geen van deze buurten")
						+ " met sociale aanpak of leefomgeving."
						: "De mix antwoordt in " + answered + " van de " + rows.size()
								+ " met sociale aanpak of leefomgeving, in " + (rows.size() - answered) + " niet.";
		return count + " door keuzes elders in een slechtere klasse dan zonder extra inzet, de eerste in " + firstYear
				+ ". Samen gaat het om " + NotitieNumbers.count(households) + " kwetsbare huishoudens uit andere buurten "
				+ "(per buurt in het eerste jaar van het effect), de meeste door "
				+ perspective.getKey().getLiteral().toLowerCase(Locale.ROOT) + " ("
				+ NotitieNumbers.count(perspective.getValue()) + ") en vooral uit " + words(origins) + ". " + answer
				+ " De tabel geeft per buurt het eerste jaar, de klasse zonder extra inzet en met het scenario, de "
				+ "kwetsbare huishoudens van elders (Huish.), door welk perspectief en uit welke buurt de meeste komen, "
				+ "en waarmee de mix daar antwoordt.";
	}

	private static Block table(NotitieContext context, List<WaterbedRow> rows) {
		List<List<Cell>> cells = new ArrayList<>();
		for (WaterbedRow row : rows) {
			WaterbedEffect effect = row.effect();
			String origin = row.perOrigin().isEmpty() ? "\u2013"
					: context.comparison().buurtName(row.perOrigin().get(0).getKey());
			cells.add(List.of(Cell.of(Integer.toString(row.number())), Cell.of(context.comparison().buurtName(effect.buurtCode())),
					Cell.of(Integer.toString(effect.year())),
					new Cell(effect.baseline().label(), ClassColours.of(effect.baseline())),
					new Cell(effect.scenario().label(), ClassColours.of(effect.scenario())),
					Cell.of(NotitieNumbers.count(row.households())), Cell.of(shortName(row.mainPerspective())),
					Cell.of(origin),
					Cell.of(row.answer().word())));
		}
		// widths in points of the text width: the longest single words ("herpositionering", "leefomgeving",
		// "veerkrachtig" after a swatch) fit, so a cell wraps between words and never cuts one
		return new Block.Table(List.of(new Column("Nr", 16, true), Column.wrapping("Buurt", 70), new Column("Jaar", 27, false),
				Column.wrapping("Niets extra", 64), Column.wrapping("Scenario", 64), new Column("Huish.", 34, true),
				Column.wrapping("Vooral door", 78), Column.wrapping("Vooral uit", 74), Column.wrapping("Antwoord", 56)), cells);
	}

	/**
	 * @param perspective a perspective, or null
	 * @return its name in the table, short: "herpositionering" for herpositionering bestaande voorraad
	 */
	static String shortName(Handelingsperspectief perspective) {
		if (perspective == null) {
			return "\u2013";
		}
		return perspective == Handelingsperspectief.HERPOSITIONERING ? "herpositionering"
				: perspective.getLiteral().toLowerCase(Locale.ROOT);
	}

	private static String words(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
	}
}
