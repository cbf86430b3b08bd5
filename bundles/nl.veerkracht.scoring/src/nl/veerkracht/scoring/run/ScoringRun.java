package nl.veerkracht.scoring.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.join.BoundaryJoin;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.IndicatorResult;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.engine.Role;
import nl.veerkracht.scoring.engine.RobustnessParameters;
import nl.veerkracht.scoring.engine.RobustnessResult;
import nl.veerkracht.scoring.engine.ScoringEngine;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.TrendParameters;
import nl.veerkracht.scoring.engine.TrendResult;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.engine.YearScores;
import nl.veerkracht.scoring.engine.spatial.LocalMoranResult;
import nl.veerkracht.scoring.engine.spatial.MoranParameters;

/**
 * One scoring run over CBS data and buurt boundaries: the buurten of the boundary layer (optionally of one
 * gemeente) become the regions, every registered indicator is computed for every buurt and year in the
 * data, and the result is the engine's {@link IndicatorTable} with a {@link ScoringEngine} over it.
 * {@link #score(int)} then gives the full result of one year, which {@link SignalMapLayer} turns into the
 * signal-map layer.
 * <p>
 * Indicators without a single value in the data (for example because no file holds their columns) are
 * left out of the table and listed in {@link #dropped()} with the reason; every cell of the table that
 * has no value carries the indicator's missing cause and trace, every value its trace (variables, files,
 * lines and columns). The gemeente of a buurt is read from its code ({@code BU0599…} lies in
 * {@code GM0599}); its inhabitants are the latest {@value #INHABITANTS} value in the data.
 */
public final class ScoringRun {

	/** The CBS variable of the number of inhabitants. */
	public static final String INHABITANTS = "a_inw";

	private static final List<String> NAME_ATTRIBUTES = List.of("buurtnaam", "bu_naam", "statnaam", "naam", "name");

	private final IndicatorTable table;
	private final ScoringEngine engine;
	private final Weights weights;
	private final List<DroppedIndicator> dropped;
	private final List<String> skipped;
	private final Map<String, IndicatorValue> gemeenteValues;
	private final Map<String, String> regionNames;

	private ScoringRun(IndicatorTable table, ScoringParameters parameters, List<DroppedIndicator> dropped,
			List<String> skipped, Map<String, IndicatorValue> gemeenteValues, Map<String, String> regionNames) {
		this.table = table;
		this.regionNames = Map.copyOf(regionNames);
		this.gemeenteValues = Map.copyOf(gemeenteValues);
		this.engine = new ScoringEngine(table, parameters);
		this.weights = Weights.defaults(table.indicators());
		this.dropped = List.copyOf(dropped);
		this.skipped = List.copyOf(skipped);
	}

	/**
	 * Prepares a run.
	 *
	 * @param data         the CBS data, one or more years
	 * @param buurten      the buurt boundaries, with a region code attribute as {@link BoundaryJoin} finds it
	 * @param registry     the indicators to compute
	 * @param gemeenteCode only the buurten of this gemeente (for example {@code GM0599}), or empty for all
	 * @param parameters   the scoring parameters (reference, normalisation, coverage, class rule)
	 * @return the run
	 * @throws IllegalArgumentException when the layer has no code attribute, no buurt (of the gemeente) or
	 *                                  the data has no year for those buurten, or no indicator has a value
	 */
	public static ScoringRun prepare(CbsData data, FeatureCollection buurten, IndicatorRegistry registry,
			Optional<String> gemeenteCode, ScoringParameters parameters) {
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(registry, "registry");
		Objects.requireNonNull(parameters, "parameters");
		Optional<String> gemeente = gemeenteCode.map(code -> code.strip().toUpperCase(Locale.ROOT));
		gemeente.ifPresent(code -> RegionCode.parse(code).filter(c -> c.level() == RegionLevel.GEMEENTE)
				.orElseThrow(() -> new IllegalArgumentException("Not a gemeente code (GM + 4 digits): " + code)));
		String codeAttribute = BoundaryJoin.detectCodeAttribute(buurten);
		String nameAttribute = nameAttribute(buurten);

		Map<RegionCode, Feature> byCode = new LinkedHashMap<>();
		List<String> skipped = new ArrayList<>();
		for (Feature feature : buurten.getFeatures()) {
			Object value = feature.getAttribute(codeAttribute);
			Optional<RegionCode> code = RegionCode.parse(value == null ? null : value.toString());
			if (code.isEmpty() || code.get().level() != RegionLevel.BUURT) {
				skipped.add(feature.getId() + ": " + codeAttribute + " = " + value + " is geen buurtcode");
			} else if (gemeente.isPresent() && !gemeenteOf(code.get()).equals(gemeente.get())) {
				continue;
			} else if (byCode.putIfAbsent(code.get(), feature) != null) {
				skipped.add(feature.getId() + ": " + code.get().code() + " komt twee keer voor; de eerste telt");
			}
		}
		if (byCode.isEmpty()) {
			throw new IllegalArgumentException("The boundary layer has no buurt" + gemeente.map(g -> " of " + g).orElse("")
					+ " (attribute " + codeAttribute + ")");
		}
		SortedSet<Integer> years = new TreeSet<>();
		for (Observation observation : data.observations()) {
			if (byCode.containsKey(observation.region())) {
				years.add(observation.year());
			}
		}
		if (years.isEmpty()) {
			throw new IllegalArgumentException("The CBS data has no figures for the " + byCode.size() + " buurten of the boundary layer");
		}

		List<RegionInfo> regions = new ArrayList<>();
		byCode.forEach((code, feature) -> regions.add(regionInfo(data, code, feature, nameAttribute, years)));

		List<IndicatorSpec> specs = new ArrayList<>();
		List<IndicatorValue> cells = new ArrayList<>();
		List<DroppedIndicator> dropped = new ArrayList<>();
		for (IndicatorDescriptor descriptor : registry.indicators()) {
			List<IndicatorValue> column = new ArrayList<>();
			Map<String, Integer> missingCauses = new TreeMap<>();
			for (RegionCode code : byCode.keySet()) {
				for (int year : years) {
					IndicatorResult result = descriptor.compute(data, code, year);
					if (result instanceof IndicatorResult.Missing missing) {
						missingCauses.merge(missing.reason(), 1, Integer::sum);
						column.add(IndicatorValue.missing(code.code(), descriptor.id(), year, missing.reason(), missing.trace()));
					} else {
						column.add(IndicatorValue.of(code.code(), descriptor.id(), year, result.valueOrNaN(), result.trace()));
					}
				}
			}
			if (column.stream().allMatch(IndicatorValue::isMissing)) {
				dropped.add(new DroppedIndicator(descriptor.id(), descriptor.labelNl(), "geen enkele waarde voor de "
						+ byCode.size() + " buurten in " + yearsText(years) + " ("
						+ missingCauses.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "×")
								.collect(Collectors.joining(", "))
						+ ")"));
			} else {
				specs.add(spec(descriptor));
				cells.addAll(column);
			}
		}
		if (specs.isEmpty()) {
			throw new IllegalArgumentException("No indicator has a value for these buurten: "
					+ dropped.stream().map(DroppedIndicator::id).toList());
		}
		Map<String, IndicatorValue> gemeenteValues = new LinkedHashMap<>();
		SortedSet<String> gemeenten = regions.stream().map(RegionInfo::gemeenteCode)
				.collect(Collectors.toCollection(TreeSet::new));
		for (IndicatorDescriptor descriptor : registry.indicators()) {
			if (specs.stream().noneMatch(spec -> spec.id().equals(descriptor.id()))) {
				continue;
			}
			for (String gm : gemeenten) {
				RegionCode code = RegionCode.parse(gm).orElseThrow();
				for (int year : years) {
					IndicatorResult result = descriptor.compute(data, code, year);
					gemeenteValues.put(key(gm, descriptor.id(), year), result instanceof IndicatorResult.Missing missing
							? IndicatorValue.missing(gm, descriptor.id(), year, missing.reason(), missing.trace())
							: IndicatorValue.of(gm, descriptor.id(), year, result.valueOrNaN(), result.trace()));
				}
			}
		}
		int[] yearArray = years.stream().mapToInt(Integer::intValue).toArray();
		Map<String, String> regionNames = new HashMap<>();
		for (Region region : data.regions()) {
			if (region.name() != null && !region.name().isBlank()) {
				// older Kerncijfers files prefix the level and number: "Wijk 03 Delfshaven"
				regionNames.putIfAbsent(region.code().code(), region.name().strip().replaceFirst("^(Wijk|Buurt) \\d+ ", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return new ScoringRun(new IndicatorTable(regions, specs, yearArray, cells), parameters, dropped, skipped,
				gemeenteValues, regionNames);
	}

	/**
	 * @param code a CBS region code (gemeente, wijk or buurt), e.g. {@code WK059903}
	 * @return the region's name as the CBS data of this run give it, e.g. "Delfshaven"
	 */
	public Optional<String> regionName(String code) {
		return Optional.ofNullable(code == null ? null : regionNames.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	private static String key(String gemeenteCode, String indicatorId, int year) {
		return gemeenteCode + '|' + indicatorId + '|' + year;
	}

	private static String yearsText(SortedSet<Integer> years) {
		return years.size() == 1 ? String.valueOf(years.first()) : years.first() + "–" + years.last();
	}

	/**
	 * Returns the gemeente code of a buurt or wijk code.
	 *
	 * @param code a buurt or wijk code
	 * @return for example {@code GM0599} for {@code BU05990110}
	 */
	public static String gemeenteOf(RegionCode code) {
		return code.within(RegionLevel.GEMEENTE).code();
	}

	private static String nameAttribute(FeatureCollection buurten) {
		for (String candidate : NAME_ATTRIBUTES) {
			for (var attribute : buurten.getSchema().getAttributes()) {
				if (attribute.name().equalsIgnoreCase(candidate)) {
					return attribute.name();
				}
			}
		}
		return null;
	}

	private static RegionInfo regionInfo(CbsData data, RegionCode code, Feature feature, String nameAttribute,
			SortedSet<Integer> years) {
		String name = data.region(code).map(Region::name).filter(n -> !n.isBlank()).orElse(null);
		if (name == null && nameAttribute != null && feature.getAttribute(nameAttribute) != null) {
			name = feature.getAttribute(nameAttribute).toString();
		}
		long inhabitants = RegionInfo.UNKNOWN_INHABITANTS;
		for (int year : years.reversed()) {
			OptionalDouble value = data.observation(code, INHABITANTS, year).map(Observation::value)
					.orElse(OptionalDouble.empty());
			if (value.isPresent() && value.getAsDouble() >= 0) {
				inhabitants = Math.round(value.getAsDouble());
				break;
			}
		}
		Geometry geometry = feature.getGeometry();
		return new RegionInfo(code.code(), name == null ? code.code() : name, gemeenteOf(code), inhabitants, geometry);
	}

	private static IndicatorSpec spec(IndicatorDescriptor descriptor) {
		nl.veerkracht.scoring.engine.Direction direction = switch (descriptor.direction()) {
		case HIGHER_IS_MORE_VULNERABLE -> nl.veerkracht.scoring.engine.Direction.HIGHER_IS_MORE_VULNERABLE;
		case HIGHER_IS_MORE_RESILIENT -> nl.veerkracht.scoring.engine.Direction.HIGHER_IS_MORE_RESILIENT;
		};
		Role role = switch (descriptor.role()) {
		case KWETSBAARHEID -> Role.KWETSBAARHEID;
		case DRAGER -> Role.DRAAGKRACHT_DRAGER;
		case VRAGER -> Role.DRAAGKRACHT_VRAGER;
		case CONTEXT -> Role.CONTEXT;
		};
		return new IndicatorSpec(descriptor.id(), descriptor.labelNl(), descriptor.unit().statLineText(), direction, role,
				descriptor.defaultWeight());
	}

	/** @return the indicator table: buurten, the indicators with at least one value, years */
	public IndicatorTable table() {
		return table;
	}

	/** @return the engine over {@link #table()} */
	public ScoringEngine engine() {
		return engine;
	}

	/** @return the default weights: each indicator's default weight */
	public Weights weights() {
		return weights;
	}

	/** @return the registered indicators left out of the table, with the reason */
	public List<DroppedIndicator> dropped() {
		return dropped;
	}

	/** @return the boundary features that were not used (no buurt code, or a duplicate), with the reason */
	public List<String> skippedFeatures() {
		return skipped;
	}

	/**
	 * Returns an indicator computed for a whole gemeente from the gemeente's own figures in the CBS data
	 * (the KWB files hold a row per gemeente), the reference a buurt profile compares with.
	 *
	 * @param gemeenteCode a gemeente of the run's buurten, e.g. {@code GM0599}
	 * @param indicatorId  an indicator of the table
	 * @param year         a year of the table
	 * @return the value, or a missing value with its cause (e.g. the file has no gemeente row); empty when
	 *         the gemeente, indicator or year is not in the run
	 */
	public Optional<IndicatorValue> gemeenteValue(String gemeenteCode, String indicatorId, int year) {
		return Optional.ofNullable(gemeenteValues.get(key(gemeenteCode, indicatorId, year)));
	}

	/** @return the years of the table, ascending */
	public int[] years() {
		return table.years();
	}

	/**
	 * Scores one year with the default weights; see {@link #score(int, Weights)}.
	 *
	 * @param year a year of the table
	 * @return the result
	 * @throws IllegalArgumentException if the year is not in the table
	 */
	public YearResult score(int year) {
		return score(year, weights);
	}

	/**
	 * Scores one year: the classes and draagkracht of that year, the trend over that year and the earlier
	 * years of the table (when there are at least two), hot spots (Local Moran's I, 999 permutations) and
	 * robustness (1,000 weight samples), all with the given weights. Normalisation does not depend on the
	 * weights and is reused between calls, so a weights editor can rescore cheaply.
	 *
	 * @param year    a year of the table
	 * @param weights the analyst's weights (indicators without an entry weigh 0)
	 * @return the result
	 * @throws IllegalArgumentException if the year is not in the table
	 */
	public YearResult score(int year, Weights weights) {
		Objects.requireNonNull(weights, "weights");
		if (table.yearIndexOf(year) < 0) {
			throw new IllegalArgumentException("Year " + year + " is not in the data; the data has " + Arrays.toString(years()));
		}
		YearScores scores = engine.score(year, weights);
		int[] trendYears = Arrays.stream(years()).filter(y -> y <= year).toArray();
		Map<String, RegionTrend> trends = new LinkedHashMap<>();
		if (trendYears.length >= 2) {
			TrendResult trend = engine.trend(trendYears, weights, TrendParameters.defaults(engine.parameters().method()));
			for (RegionTrend regionTrend : trend.regions()) {
				trends.put(regionTrend.region().code(), regionTrend);
			}
		}
		LocalMoranResult hotSpots = engine.hotSpots(year, weights, MoranParameters.DEFAULTS);
		RobustnessResult robustness = engine.robustness(year, weights, RobustnessParameters.DEFAULTS);
		List<String> reasons = new ArrayList<>();
		int yearIndex = table.yearIndexOf(year);
		for (int r = 0; r < table.regionCount(); r++) {
			reasons.add(scores.klasse(r) == Klasse.GEEN_GEGEVENS ? noDataReason(r, yearIndex, scores.coverage(r), weights) : "");
		}
		return new YearResult(year, trendYears, weights, scores, trends, hotSpots, robustness, reasons);
	}

	private String noDataReason(int region, int yearIndex, double coverage, Weights weights) {
		Map<String, List<String>> indicatorsByReason = new TreeMap<>();
		for (int i = 0; i < table.indicatorCount(); i++) {
			IndicatorSpec spec = table.indicators().get(i);
			if (spec.role() != Role.KWETSBAARHEID || weights.get(spec.id()) == 0) {
				continue;
			}
			IndicatorValue cell = table.cell(region, i, yearIndex);
			if (cell.isMissing()) {
				indicatorsByReason.computeIfAbsent(cell.missingReason(), k -> new ArrayList<>()).add(spec.id());
			}
		}
		Map<String, String> byReason = new TreeMap<>();
		indicatorsByReason.forEach((reason, ids) -> byReason.put(reason, String.join(", ", ids)));
		String missing = byReason.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining("; "));
		return String.format(Locale.ROOT, "dekking %.0f%% < %.0f%%; ontbrekend %s", 100 * (Double.isNaN(coverage) ? 0 : coverage),
				100 * engine.parameters().minCoverage(), missing.isEmpty() ? "-" : missing);
	}
}
