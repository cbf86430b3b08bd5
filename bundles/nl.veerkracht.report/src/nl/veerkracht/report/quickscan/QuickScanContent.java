package nl.veerkracht.report.quickscan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the QuickScan report shows, as numbers and texts: the renderers add the fixed explanations
 * (see {@link QuickScanPdf}) and never compute. Texts taken from data or users (gemeente, buurt and wijk
 * names, file names, reasons) are kept as they are; renderers escape them.
 *
 * @param gemeenteName      the gemeente's name, e.g. "Rotterdam"
 * @param gemeenteCode      its code, e.g. "GM0599"
 * @param year              the year scored
 * @param trendYears        the years the trend spans, ascending; fewer than two: no trend
 * @param madeOn            the date the report was made
 * @param buurtCount        the number of buurten
 * @param scoredCount       how many of them have a class
 * @param earlyWarningCount how many of them are flagged as early warnings
 * @param classMap          the buurten in their classes
 * @param trendMap          the buurten by their trend
 * @param hotSpotMap        the buurten by their hot spot label
 * @param hotSpots          the names of the buurten in a hot spot (hoog-hoog), each with its wijk in brackets
 * @param mostVulnerable    the most vulnerable buurten, highest score first (at most ten)
 * @param fastestRising     the fastest rising buurten, steepest first (at most ten)
 * @param profiles          the profiles of the buurten of both tables, each once
 * @param indicators        the indicators of the run
 * @param dropped           indicators left out, each with the reason
 * @param sources           the input files
 * @param settings          how the map was computed
 * @param robustness        how stable the classes are
 * @param attribution       the source line every page and the sources chapter carry: the CBS attribution, or for
 *                          invented data (the built-in demo) a line that says so and credits no CBS data
 */
public record QuickScanContent(String gemeenteName, String gemeenteCode, int year, List<Integer> trendYears,
		LocalDate madeOn, int buurtCount, int scoredCount, int earlyWarningCount, ScanMap classMap, ScanMap trendMap,
		ScanMap hotSpotMap, List<String> hotSpots, List<BuurtRow> mostVulnerable, List<BuurtRow> fastestRising, List<BuurtSheet> profiles,
		List<IndicatorLine> indicators, List<String> dropped, List<SourceFile> sources, ScanSettings settings,
		Robustness robustness, String attribution) {

	/** The source line of a QuickScan of CBS data. */
	public static final String CBS_ATTRIBUTION = "Bron: Centraal Bureau voor de Statistiek (CBS), Kerncijfers wijken en"
			+ " buurten, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl). Grenzen: Kadaster / CBS,"
			+ " Wijk- en Buurtkaart. Bewerking: Veerkracht Workbench.";

	/**
	 * Checks the parts and copies the lists.
	 *
	 * @throws NullPointerException if a part is {@code null}
	 */
	public QuickScanContent {
		Objects.requireNonNull(gemeenteName, "gemeenteName");
		Objects.requireNonNull(gemeenteCode, "gemeenteCode");
		Objects.requireNonNull(madeOn, "madeOn");
		Objects.requireNonNull(classMap, "classMap");
		Objects.requireNonNull(trendMap, "trendMap");
		Objects.requireNonNull(hotSpotMap, "hotSpotMap");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(robustness, "robustness");
		Objects.requireNonNull(attribution, "attribution");
		trendYears = List.copyOf(trendYears);
		hotSpots = List.copyOf(hotSpots);
		mostVulnerable = List.copyOf(mostVulnerable);
		fastestRising = List.copyOf(fastestRising);
		profiles = List.copyOf(profiles);
		indicators = List.copyOf(indicators);
		dropped = List.copyOf(dropped);
		sources = List.copyOf(sources);
	}

	/** @return whether there is a trend (two or more years) */
	public boolean hasTrend() {
		return trendYears.size() >= 2;
	}

	/** @return the report's title, e.g. "QuickScan Veerkracht Rotterdam" */
	public String title() {
		return "QuickScan Veerkracht " + gemeenteName;
	}
}
