package nl.veerkracht.report.quickscan.internal;

import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Column;
import nl.veerkracht.report.quickscan.BuurtRow;
import nl.veerkracht.report.quickscan.IndicatorLine;
import nl.veerkracht.report.quickscan.QuickScanContent;
import nl.veerkracht.report.quickscan.Robustness;
import nl.veerkracht.report.quickscan.SourceFile;

/**
 * The fixed Dutch explanations of the QuickScan chapters, for a reader without a statistics background.
 */
final class QuickScanTexts {

	private QuickScanTexts() {
	}

	static List<Block> readingGuide(QuickScanContent content) {
		return List.of(new Block.Paragraph("De signaleringskaart brengt in beeld waar de veerkracht van buurten onder druk"
				+ " staat. Een buurt is veerkrachtig als bewoners en instellingen samen de problemen aankunnen die er zijn;"
				+ " waar veel bewoners minder zelfredzaam zijn (een laag inkomen, een uitkering, een kleine woning met weinig"
				+ " waarde), neemt die samenredzaamheid af en groeit de kans op problemen met leefbaarheid."),
				new Block.Paragraph("Per buurt worden de open CBS-cijfers vergeleken met " + content.settings().reference()
						+ ". Elke indicator telt mee met een gewicht; samen geven ze een score voor kwetsbaarheid."
						+ (zScore(content) ? " Een score van 0 is het gemiddelde; positief is kwetsbaarder dan gemiddeld, negatief"
								+ " veerkrachtiger." : " Hoe hoger de score, hoe kwetsbaarder de buurt.")),
				new Block.Bullets(List.of(
						"Klasse: vijf klassen van veerkrachtig (blauw) tot zeer kwetsbaar (rood). Grijs is 'geen gegevens':"
								+ " het CBS houdt cijfers van kleine buurten geheim, en zo'n buurt krijgt geen klasse, nooit een nul.",
						"Trend: stijgt of daalt de kwetsbaarheid van een buurt per jaar? Een vroeg signaal betekent dat een buurt"
								+ " duidelijk sneller kwetsbaarder wordt dan de gemeente als geheel.",
						"Hot spot: een kwetsbare buurt tussen kwetsbare buren. Daar stapelen problemen zich over buurtgrenzen op.",
						"Robuustheid: blijft de klasse gelijk als de gewichten anders gekozen worden? Zo niet, dan ligt de buurt"
								+ " op de grens van twee klassen.")),
				new Block.Paragraph("De kaart is een signaal, geen diagnose: hij wijst aan waar het gesprek met bewoners,"
						+ " corporaties en partners het eerst nodig is. Wat in een buurt werkelijk speelt, staat niet in deze cijfers."));
	}

	static String classMap(QuickScanContent content) {
		return "De kaart toont elke buurt in haar klasse in " + content.year() + ". Aantal buurten per klasse: "
				+ QuickScanOutline.legendText(content.classMap()) + ". Grijze buurten hebben te weinig gegevens voor een"
				+ " klasse: daar is minder dan " + DutchNumbers.percentNoSpace(content.settings().minCoverage())
				+ " van het gewicht van de indicatoren bekend.";
	}

	static String trendMap(QuickScanContent content) {
		if (!content.hasTrend()) {
			return "Met cijfers over een enkel jaar is er geen trend te berekenen; alle buurten staan daarom als"
					+ " 'geen gegevens' op deze kaart. Neem meer jaren op om de ontwikkeling te zien.";
		}
		return "De trend is de verandering van de kwetsbaarheidsscore per jaar over " + QuickScanOutline.years(content)
				+ ". Rood stijgt (de buurt wordt kwetsbaarder), blauw daalt. " + content.earlyWarningCount()
				+ " buurten geven een vroeg signaal: ze worden duidelijk sneller kwetsbaarder dan de gemeente."
				+ " Met weinig jaren is een trend onzeker; lees hem als richting, niet als voorspelling. Per klasse: "
				+ QuickScanOutline.legendText(content.trendMap()) + ".";
	}

	static String hotSpots(QuickScanContent content) {
		return "Een hot spot is een kwetsbare buurt waarvan ook de buren kwetsbaar zijn, vaker dan toeval zou geven"
				+ " (Local Moran's I met 999 permutaties, buren met een gemeenschappelijke grens of hoek). Een cold spot is"
				+ " het omgekeerde. Uitschieters zijn buurten die sterk afwijken van hun omgeving. Aantallen: "
				+ QuickScanOutline.legendText(content.hotSpotMap()) + ".";
	}

	static String mostVulnerable(QuickScanContent content) {
		String scale = zScore(content) ? "0 is het gemiddelde van " + content.settings().reference()
				+ ", 1 is een standaardafwijking kwetsbaarder" : "hoger is kwetsbaarder (" + content.settings().normalisation() + ")";
		return "De buurten met de hoogste kwetsbaarheidsscore in " + content.year() + ". Score: " + scale + ". Trend: verandering van de"
				+ " score per jaar (! = vroeg signaal). Stabiel: aandeel van de alternatieve wegingen waarin de buurt haar"
				+ " klasse houdt." + smallBuurten(content.mostVulnerable());
	}

	static String fastestRising(QuickScanContent content) {
		if (!content.hasTrend()) {
			return "Zonder meerdere jaren is er geen trend; deze tabel blijft daarom leeg.";
		}
		int rising = content.fastestRising().size();
		String count = rising < 10 ? " In deze periode stijgt de score in " + rising + (rising == 1 ? " buurt" : " buurten")
				+ "; de andere dalen of blijven gelijk." : "";
		return "De buurten waarvan de kwetsbaarheidsscore over " + QuickScanOutline.years(content)
				+ " het snelst steeg. Ook een nu nog gemiddelde buurt kan hier staan: juist daar helpt een vroeg gesprek."
				+ count + smallBuurten(content.fastestRising());
	}

	/** @return whether the scores are z-scores (0 = the reference's mean, 1 = one standard deviation) */
	static boolean zScore(QuickScanContent content) {
		return content.settings().zScore();
	}

	/** Buurten with fewer inhabitants than this get a note: their figures move a lot by chance. */
	static final int SMALL_BUURT = 500;

	static String smallBuurten(List<BuurtRow> rows) {
		List<String> small = rows.stream().filter(row -> row.inhabitants() >= 0 && row.inhabitants() < SMALL_BUURT)
				.map(BuurtRow::name).toList();
		if (small.isEmpty()) {
			return "";
		}
		return " Let op: " + String.join(", ", small) + (small.size() == 1 ? " heeft" : " hebben") + " minder dan "
				+ SMALL_BUURT + " inwoners; bij zulke kleine aantallen schommelen de cijfers sterk en is de trend onzeker.";
	}

	static String profiles(QuickScanContent content) {
		return "Per buurt uit de twee tabellen: haar cijfers en elke indicator naast die van de gemeente in " + content.year()
				+ ". Een balk naar rechts betekent meer dan de gemeente, naar links minder, als percentage van de"
				+ " gemeentewaarde (afgekapt op 100%). Rood wijst naar kwetsbaarder, blauw naar veerkrachtiger, grijs is"
				+ " context die niet meetelt. Een streepje betekent dat de waarde ontbreekt, met de reden.";
	}

	static List<Block> robustness(QuickScanContent content) {
		Robustness robustness = content.robustness();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("Hoe zwaar elke indicator meetelt is een keuze. Om te zien hoeveel die keuze uitmaakt,"
				+ " is de kaart " + DutchNumbers.decimal(robustness.samples(), 0) + " keer opnieuw berekend met gewichten die willekeurig tot "
				+ DutchNumbers.percentNoSpace(robustness.spread()) + " afwijken. Van de " + robustness.scored()
				+ " buurten met een klasse houden er " + (robustness.scored() - robustness.fragile())
				+ " in ten minste " + DutchNumbers.percentNoSpace(robustness.threshold()) + " van die berekeningen hun klasse;"
				+ " " + robustness.fragile() + " zijn fragiel: ze liggen op de grens van twee klassen, en hun klasse"
				+ " zegt minder dan hun score."));
		if (!robustness.leastStable().isEmpty()) {
			blocks.add(new Block.Heading("De minst stabiele buurten"));
			blocks.add(QuickScanOutline.table(robustness.leastStable()));
		}
		return blocks;
	}

	static List<Block> method(QuickScanContent content) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("Elke indicator is per buurt berekend uit de CBS-cijfers, genormaliseerd ten opzichte"
				+ " van " + content.settings().reference() + " (" + content.settings().normalisation() + ") en zo gedraaid"
				+ " dat hoger altijd kwetsbaarder betekent. De kwetsbaarheidsscore is het gewogen gemiddelde van de"
				+ " kwetsbaarheidsindicatoren; een buurt krijgt alleen een score als ten minste "
				+ DutchNumbers.percentNoSpace(content.settings().minCoverage()) + " van hun gewicht bekend is. Dragers en vragers"
				+ " vormen samen de draagkracht; contextindicatoren worden getoond maar tellen niet mee."));
		List<Column> columns = List.of(new Column("Indicator", 4.4f, false), new Column("Eenheid", 2.0f, false),
				new Column("Rol", 1.5f, false), new Column("Richting", 2.2f, false), new Column("Gewicht", 0.9f, true));
		List<List<Cell>> rows = new ArrayList<>();
		for (IndicatorLine line : content.indicators()) {
			rows.add(List.of(Cell.of(line.label()), Cell.of(line.unit()), Cell.of(line.role()), Cell.of(line.direction()),
					Cell.of(DutchNumbers.decimal(line.weight(), 2))));
		}
		blocks.add(new Block.Table(columns, rows));
		if (!content.dropped().isEmpty()) {
			blocks.add(new Block.Heading("Weggelaten indicatoren"));
			blocks.add(new Block.Bullets(content.dropped()));
		}
		blocks.add(new Block.Heading("Wat open gegevens niet kunnen zien"));
		blocks.add(new Block.Bullets(List.of(
				"Zorg en welzijn op persoonsniveau (GGZ, licht verstandelijke beperking, schulden, eenzaamheid) zijn niet"
						+ " open; de kaart gebruikt inkomen, uitkeringen en wonen als benadering.",
				"Overlast, veiligheid, de kwaliteit van woningen en openbare ruimte en de kracht van netwerken en"
						+ " voorzieningen staan niet in deze cijfers.",
				"Het CBS houdt cijfers van kleine buurten geheim; zulke buurten krijgen 'geen gegevens', nooit een nul.",
				"Gemiddelden per buurt verbergen verschillen tussen straten en complexen.",
				"CBS-cijfers lopen een tot twee jaar achter, en buurtgrenzen kunnen tussen jaren veranderen.",
				"Migratieachtergrond is bewust geen indicator van kwetsbaarheid.")));
		return blocks;
	}

	static List<Block> sources(QuickScanContent content) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(content.attribution()));
		List<Column> columns = List.of(new Column("Bestand", 5f, false), new Column("Inhoud", 5f, false));
		List<List<Cell>> rows = new ArrayList<>();
		for (SourceFile source : content.sources()) {
			rows.add(List.of(Cell.of(source.fileName()), Cell.of(source.description())));
		}
		blocks.add(new Block.Table(columns, rows));
		blocks.add(new Block.Paragraph("Gemaakt op " + content.madeOn() + " met de Veerkracht Workbench (QuickScan), jaar "
				+ content.year() + ", gemeente " + content.gemeenteName() + " (" + content.gemeenteCode() + ")."
				+ " Dezelfde cijfers staan per buurt in scores.csv en signaleringskaart.gpkg naast dit rapport."));
		return blocks;
	}

	static String rowLine(BuurtRow row) {
		return "klasse " + row.klasse() + " \u00b7 score " + DutchNumbers.decimal(row.kwetsbaarheid(), 2) + " \u00b7 trend "
				+ DutchNumbers.signed(row.trend(), 2) + " per jaar" + (row.earlyWarning() ? " (vroeg signaal)" : "")
				+ " \u00b7 stabiel in " + DutchNumbers.percentNoSpace(row.stability()) + " \u00b7 "
				+ (row.inhabitants() < 0 ? "inwoners onbekend" : DutchNumbers.decimal(row.inhabitants(), 0) + " inwoners");
	}
}
