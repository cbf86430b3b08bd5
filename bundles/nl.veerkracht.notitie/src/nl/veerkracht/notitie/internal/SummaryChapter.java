package nl.veerkracht.notitie.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.YearBalance;

/**
 * Chapter 1, "Samenvatting": the answer to the leaflet's question in a few sentences and the key figures.
 */
public final class SummaryChapter {

	/** The chapter title. */
	public static final String TITLE = "Samenvatting";

	private SummaryChapter() {
	}

	/**
	 * @param number the chapter number
	 * @param context the notitie's input
	 * @return the chapter
	 */
	public static Chapter build(int number, NotitieContext context) {
		int end = context.end();
		YearBalance base = context.baseline().central().balance(end);
		YearBalance scen = context.scenario().central().balance(end);
		Set<String> tipping = new LinkedHashSet<>();
		for (WaterbedEffect effect : context.scenario().waterbed()) {
			tipping.add(effect.buurtCode());
		}
		List<String> names = new ArrayList<>();
		for (Wijkschets schets : context.wijkschetsen().keySet()) {
			names.add(NotitieContext.title(schets));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("Deze notitie brengt de wijkschetsen van " + context.cityName() + " samen tot "
				+ "\u00e9\u00e9n beeld van de stad. Het scenario \u201c" + context.scenario().scenario().name()
				+ "\u201d, de mix van handelingsperspectieven uit " + (names.isEmpty() ? "de wijkschetsen"
						: String.join(" en ", names))
				+ ", is doorgerekend tot " + end + " en vergeleken met \u201cniets extra doen\u201d."));
		blocks.add(new Block.Paragraph(tipping.isEmpty()
				? "De stad blijft in balans: geen buurt komt door keuzes in een andere wijk in een slechtere klasse."
				: "Let op: " + tipping.size() + (tipping.size() == 1 ? " buurt komt" : " buurten komen")
						+ " door keuzes in een andere wijk in een slechtere klasse (waterbedeffect, zie hoofdstuk 2). "
						+ "Een keuze hier vraagt daar dus ook een keuze."));
		blocks.add(new Block.Figures(List.of(
				List.of("(Zeer) kwetsbare buurten in " + end + ", niets extra / scenario",
						NotitieNumbers.count(vulnerable(base)) + " / " + NotitieNumbers.count(vulnerable(scen))),
				List.of("Segregatie-index in " + end + ", niets extra / scenario",
						NotitieNumbers.index(base.dissimilarity()) + " / " + NotitieNumbers.index(scen.dissimilarity())),
				List.of("Grootste aandeel kwetsbaar in " + end + ", niets extra / scenario",
						NotitieNumbers.percent(base.largestShare()) + " / " + NotitieNumbers.percent(scen.largestShare())),
				List.of("Buurten met een waterbedeffect", NotitieNumbers.count(tipping.size())),
				List.of("Wijkschetsen", NotitieNumbers.count(names.size())),
				List.of("Prestatieafspraken", NotitieNumbers.count(context.analyse().getPrestatieafspraken().size())))));
		return new Chapter(number, TITLE, blocks);
	}

	/**
	 * @param balance a year's balance
	 * @return the buurten classed kwetsbaar or zeer kwetsbaar
	 */
	public static int vulnerable(YearBalance balance) {
		return balance.buurtenPerKlasse().getOrDefault(Klasse.KWETSBAAR, 0)
				+ balance.buurtenPerKlasse().getOrDefault(Klasse.ZEER_KWETSBAAR, 0);
	}
}
