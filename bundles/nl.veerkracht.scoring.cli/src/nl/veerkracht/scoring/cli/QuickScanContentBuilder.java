package nl.veerkracht.scoring.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.report.quickscan.BuurtRow;
import nl.veerkracht.report.quickscan.BuurtSheet;
import nl.veerkracht.report.quickscan.IndicatorComparison;
import nl.veerkracht.report.quickscan.IndicatorLine;
import nl.veerkracht.report.quickscan.QuickScanContent;
import nl.veerkracht.report.quickscan.Robustness;
import nl.veerkracht.report.quickscan.ScanSettings;
import nl.veerkracht.report.quickscan.SourceFile;
import nl.veerkracht.scoring.MissingReasonTexts;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.Reference;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.engine.RobustnessParameters;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;
import nl.veerkracht.scoring.run.BuurtProfile;
import nl.veerkracht.scoring.run.GemeenteComparison;
import nl.veerkracht.scoring.run.HotSpotLabels;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.scoring.run.YearResult;

/**
 * Builds the content of the QuickScan report from a scored year: every number is the engine's (scores, trends,
 * hot spots, robustness, buurt profiles against the gemeente); the maps carry the signal map's own styles. The
 * report bundle only renders it.
 */
public final class QuickScanContentBuilder {

	/** The number of buurten in each ranked table. */
	public static final int TOP = 10;

	private final ScoringRun run;
	private final YearResult result;
	private final IndicatorTable table;

	/**
	 * @param run the scoring run
	 * @param result a scored year of it
	 */
	public QuickScanContentBuilder(ScoringRun run, YearResult result) {
		this.run = run;
		this.result = result;
		this.table = run.table();
	}

	/**
	 * Builds the content.
	 *
	 * @param layer the signal-map layer of the year ({@link nl.veerkracht.scoring.run.SignalMapLayer})
	 * @param sources the input files
	 * @param madeOn the report's date
	 * @return the content
	 */
	public QuickScanContent build(FeatureCollection layer, List<SourceFile> sources, LocalDate madeOn) {
		List<BuurtRow> vulnerable = mostVulnerable();
		List<BuurtRow> rising = fastestRising();
		QuickScanMaps maps = new QuickScanMaps(layer);
		Map<String, String> classMarkers = markers(vulnerable);
		Map<String, String> trendMarkers = markers(rising);
		Set<String> gemeenten = table.regions().stream().map(RegionInfo::gemeenteCode).collect(Collectors.toCollection(TreeSet::new));
		String gemeenteName = gemeenten.stream().map(code -> run.regionName(code).orElse(code)).collect(Collectors.joining(", "));
		int earlyWarnings = (int) table.regions().stream()
				.filter(region -> result.trend(region.code()).map(RegionTrend::earlyWarning).orElse(false)).count();
		List<Integer> trendYears = IntStream.of(result.trendYears()).boxed().toList();
		return new QuickScanContent(gemeenteName, String.join(", ", gemeenten), result.year(), trendYears, madeOn,
				table.regionCount(), scored().size(), earlyWarnings,
				maps.map("Klassen " + result.year(), SignalMapStyles.klasse(), classMarkers),
				maps.map("Trend", SignalMapStyles.trend(layer), trendMarkers),
				maps.map("Hot spots " + result.year(), SignalMapStyles.hotSpots(), Map.of()), hotSpots(), vulnerable, rising,
				profiles(vulnerable, rising), indicators(), dropped(), sources, settings(), robustness(), attribution());
	}

	/**
	 * @return the CBS attribution, or for the built-in demo's invented buurten its notice, so that a QuickScan of
	 *         the demo credits no CBS data
	 */
	private String attribution() {
		boolean invented = DemoGemeente.isInvented(table.regions().stream().map(RegionInfo::code).toList());
		return invented ? "Bron: " + DemoGemeente.NOTICE + ". Bewerking: Veerkracht Workbench."
				: QuickScanContent.CBS_ATTRIBUTION;
	}

	/** @return the buurten in a hot spot (hoog-hoog) as "name (wijk)", by name */
	private List<String> hotSpots() {
		return IntStream.range(0, table.regionCount()).filter(r -> result.hotSpot(r) == HotSpotLabel.HIGH_HIGH)
				.mapToObj(r -> {
					String wijk = wijk(table.regions().get(r).code());
					return table.regions().get(r).name() + (wijk.isEmpty() ? "" : " (" + wijk + ")");
				}).sorted().toList();
	}

	private String wijk(String buurtCode) {
		return RegionCode.parse(buurtCode).map(code -> code.within(RegionLevel.WIJK).code()).flatMap(run::regionName)
				.orElse("");
	}

	private List<Integer> scored() {
		return IntStream.range(0, table.regionCount()).filter(r -> result.scores().klasse(r) != Klasse.GEEN_GEGEVENS)
				.boxed().toList();
	}

	/** @return the scored buurten with the highest kwetsbaarheid, highest first (ties by code) */
	List<BuurtRow> mostVulnerable() {
		List<Integer> order = scored().stream()
				.sorted(Comparator.<Integer>comparingDouble(r -> -result.scores().composite(r))
						.thenComparing(r -> table.regions().get(r).code()))
				.limit(TOP).toList();
		return rows(order);
	}

	/** @return the buurten whose kwetsbaarheid rises fastest (a positive trend), steepest first */
	List<BuurtRow> fastestRising() {
		List<Integer> order = IntStream.range(0, table.regionCount()).boxed().filter(r -> slope(r) > 0)
				.sorted(Comparator.<Integer>comparingDouble(r -> -slope(r)).thenComparing(r -> table.regions().get(r).code()))
				.limit(TOP).toList();
		return rows(order);
	}

	private double slope(int region) {
		return result.trend(table.regions().get(region).code()).map(RegionTrend::compositeSlope).filter(Double::isFinite)
				.orElse(Double.NaN);
	}

	private List<BuurtRow> rows(List<Integer> order) {
		List<BuurtRow> rows = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			rows.add(row(i + 1, order.get(i)));
		}
		return rows;
	}

	private BuurtRow row(int rank, int r) {
		RegionInfo region = table.regions().get(r);
		Klasse klasse = result.scores().klasse(r);
		boolean scored = klasse != Klasse.GEEN_GEGEVENS;
		String wijk = wijk(region.code());
		return new BuurtRow(rank, region.code(), region.name(), wijk, klasse.label(), SignalMapStyles.klasseColour(klasse),
				result.scores().composite(r), slope(r),
				result.trend(region.code()).map(RegionTrend::earlyWarning).orElse(false),
				scored ? result.robustness().stability(r) : Double.NaN, region.inhabitants());
	}

	private static Map<String, String> markers(List<BuurtRow> rows) {
		Map<String, String> markers = new LinkedHashMap<>();
		rows.forEach(row -> markers.put(row.code(), String.valueOf(row.rank())));
		return markers;
	}

	private List<BuurtSheet> profiles(List<BuurtRow> vulnerable, List<BuurtRow> rising) {
		Set<String> seen = new LinkedHashSet<>();
		List<BuurtSheet> sheets = new ArrayList<>();
		List<BuurtRow> all = new ArrayList<>(vulnerable);
		all.addAll(rising);
		for (BuurtRow row : all) {
			if (!seen.add(row.code())) {
				continue;
			}
			BuurtProfile profile = BuurtProfile.of(run, result, row.code());
			List<IndicatorComparison> comparisons = new ArrayList<>();
			for (GemeenteComparison comparison : profile.comparisons()) {
				comparisons.add(new IndicatorComparison(comparison.spec().label(), comparison.spec().unit(),
						comparison.buurt().isMissing() ? Double.NaN : comparison.buurt().value(),
						comparison.gemeente().isMissing() ? Double.NaN : comparison.gemeente().value(),
						comparison.relativeDifference(), comparison.unfavourable(), comparison.isContext(),
						comparison.missingReason() == null ? "" : MissingReasonTexts.dutch(comparison.missingReason())));
			}
			sheets.add(new BuurtSheet(row, HotSpotLabels.dutch(profile.hotSpot()), comparisons));
		}
		return sheets;
	}

	private List<IndicatorLine> indicators() {
		List<IndicatorLine> lines = new ArrayList<>();
		for (IndicatorSpec spec : table.indicators()) {
			String role = switch (spec.role()) {
			case KWETSBAARHEID -> "kwetsbaarheid";
			case DRAAGKRACHT_DRAGER -> "drager";
			case DRAAGKRACHT_VRAGER -> "vrager";
			case CONTEXT -> "context";
			};
			String direction = switch (spec.direction()) {
			case HIGHER_IS_MORE_VULNERABLE -> "hoger = kwetsbaarder";
			case HIGHER_IS_MORE_RESILIENT -> "hoger = veerkrachtiger";
			};
			lines.add(new IndicatorLine(spec.label(), spec.unit(), role, direction, result.weights().get(spec.id())));
		}
		return lines;
	}

	private List<String> dropped() {
		return run.dropped().stream().map(d -> d.label() + ": " + MissingReasonTexts.dutch(d.reason())).toList();
	}

	private ScanSettings settings() {
		ScoringParameters parameters = run.engine().parameters();
		String reference = parameters.reference() == Reference.GEMEENTE ? "de gemeente" : "alle ingelezen buurten";
		String method = parameters.method() == NormalisationMethod.Z_SCORE
				? "z-score: de afwijking van het gemiddelde in standaardafwijkingen"
				: "rangpositie: het aandeel buurten met een lagere waarde";
		return new ScanSettings(reference, method, parameters.method() == NormalisationMethod.Z_SCORE,
				parameters.minCoverage());
	}

	private Robustness robustness() {
		RobustnessParameters parameters = RobustnessParameters.DEFAULTS;
		List<Integer> scored = scored();
		int fragile = (int) scored.stream().filter(r -> result.robustness().isFragile(r)).count();
		List<Integer> least = scored.stream().filter(r -> result.robustness().isFragile(r))
				.sorted(Comparator.<Integer>comparingDouble(r -> result.robustness().stability(r))
						.thenComparing(r -> table.regions().get(r).code()))
				.limit(TOP).toList();
		return new Robustness(result.robustness().samples(), parameters.spread(), scored.size(), fragile,
				parameters.fragileBelow(), rows(least));
	}
}
