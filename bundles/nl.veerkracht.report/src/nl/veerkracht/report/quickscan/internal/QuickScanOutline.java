package nl.veerkracht.report.quickscan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Column;
import nl.veerkracht.report.quickscan.BuurtRow;
import nl.veerkracht.report.quickscan.BuurtSheet;
import nl.veerkracht.report.quickscan.LegendItem;
import nl.veerkracht.report.quickscan.QuickScanContent;
import nl.veerkracht.report.quickscan.ScanMap;

/**
 * The chapters of the QuickScan, in the report language (Dutch): the content's numbers with the fixed
 * explanations around them. The PDF and the HTML render the very same chapters.
 */
public final class QuickScanOutline {

	/** Title of the summary chapter. */
	public static final String SAMENVATTING = "Samenvatting";
	/** Title of the reading guide. */
	public static final String LEESWIJZER = "De signaleringskaart lezen";
	/** Title of the hot spot chapter. */
	public static final String HOTSPOTS = "Hot spots: kwetsbare buurten bij elkaar";
	/** Title of the profiles chapter. */
	public static final String PROFIELEN = "Buurtprofielen";
	/** Title of the robustness chapter. */
	public static final String ROBUUSTHEID = "Robuustheid van de klassen";
	/** Title of the method chapter. */
	public static final String METHODE = "Methode en grenzen";
	/** Title of the sources chapter. */
	public static final String BRONNEN = "Bronnen";
	private QuickScanOutline() {
	}

	/**
	 * @param content the report's content
	 * @return its chapters, numbered from 1
	 */
	public static List<Chapter> chapters(QuickScanContent content) {
		List<Chapter> chapters = new ArrayList<>();
		add(chapters, SAMENVATTING, QuickScanSummary.blocks(content));
		add(chapters, LEESWIJZER, QuickScanTexts.readingGuide(content));
		add(chapters, "Klassen in " + content.year(), List.of(
				new Block.Paragraph(QuickScanTexts.classMap(content)),
				new MapBlock(content.classMap(), "Kwetsbaarheid per buurt in " + content.year()
						+ "; de cijfers op de kaart zijn de plaatsen in de tabel van de tien meest kwetsbare buurten.")));
		add(chapters, content.hasTrend() ? "Trend " + years(content) : "Trend", List.of(
				new Block.Paragraph(QuickScanTexts.trendMap(content)),
				new MapBlock(content.trendMap(), "Verandering van de kwetsbaarheid per jaar, " + years(content)
						+ "; de cijfers zijn de plaatsen in de tabel van de snelst stijgende buurten.")));
		List<Block> hotSpots = new ArrayList<>(List.of(new Block.Paragraph(QuickScanTexts.hotSpots(content)),
				new MapBlock(content.hotSpotMap(), "Clusters van kwetsbaarheid (Local Moran's I, " + content.year() + ").")));
		if (!content.hotSpots().isEmpty()) {
			hotSpots.add(new Block.Heading("Buurten in een hot spot"));
			hotSpots.add(new Block.Paragraph(String.join(", ", content.hotSpots()) + "."));
		}
		add(chapters, HOTSPOTS, hotSpots);
		add(chapters, "De tien meest kwetsbare buurten", List.of(
				new Block.Paragraph(QuickScanTexts.mostVulnerable(content)), table(content.mostVulnerable())));
		add(chapters, "De tien snelst stijgende buurten", List.of(
				new Block.Paragraph(QuickScanTexts.fastestRising(content)), table(content.fastestRising())));
		List<Block> profiles = new ArrayList<>();
		profiles.add(new Block.Paragraph(QuickScanTexts.profiles(content)));
		for (BuurtSheet sheet : content.profiles()) {
			profiles.add(new ProfileBlock(sheet));
		}
		add(chapters, PROFIELEN, profiles);
		add(chapters, ROBUUSTHEID, QuickScanTexts.robustness(content));
		add(chapters, METHODE, QuickScanTexts.method(content));
		add(chapters, BRONNEN, QuickScanTexts.sources(content));
		return chapters;
	}

	private static void add(List<Chapter> chapters, String title, List<Block> blocks) {
		chapters.add(new Chapter(chapters.size() + 1, title, blocks));
	}

	/**
	 * @param content the content
	 * @return the span of the trend, e.g. "2014–2016", or the single year
	 */
	static String years(QuickScanContent content) {
		List<Integer> years = content.trendYears();
		if (years.isEmpty()) {
			return String.valueOf(content.year());
		}
		return years.size() == 1 ? years.get(0).toString() : years.get(0) + "\u2013" + years.get(years.size() - 1);
	}

	/**
	 * @param rows ranked buurten
	 * @return the table of them: rank, buurt, wijk, class, score, trend, stability, inhabitants
	 */
	static Block.Table table(List<BuurtRow> rows) {
		List<Column> columns = List.of(new Column("#", 0.5f, true), new Column("Buurt", 2.8f, false),
				new Column("Wijk", 3.2f, false), new Column("Klasse", 2.9f, false), new Column("Score", 1.0f, true),
				new Column("Trend", 1.3f, true), new Column("Stabiel", 1.0f, true), new Column("Inwoners", 1.3f, true));
		List<List<Cell>> cells = new ArrayList<>();
		for (BuurtRow row : rows) {
			cells.add(List.of(Cell.of(String.valueOf(row.rank())), Cell.of(row.name()), Cell.of(row.wijk()),
					new Cell(row.klasse(), row.klasseColour()), Cell.of(DutchNumbers.decimal(row.kwetsbaarheid(), 2)),
					Cell.of(DutchNumbers.signed(row.trend(), 2) + (row.earlyWarning() ? " !" : "")),
					Cell.of(DutchNumbers.percentNoSpace(row.stability())),
					Cell.of(row.inhabitants() < 0 ? DutchNumbers.MISSING : DutchNumbers.decimal(row.inhabitants(), 0))));
		}
		return new Block.Table(columns, cells);
	}

	/**
	 * @param map a map
	 * @return its legend as text, e.g. "zeer kwetsbaar 12, kwetsbaar 20"
	 */
	static String legendText(ScanMap map) {
		return map.legend().stream().filter(item -> item.count() > 0).map(item -> item.label() + " " + item.count())
				.collect(Collectors.joining(", "));
	}

	/**
	 * @param map a map
	 * @param label a legend label
	 * @return the number of buurten with that label
	 */
	static int count(ScanMap map, String label) {
		return map.legend().stream().filter(item -> item.label().equals(label)).mapToInt(LegendItem::count).sum();
	}
}
