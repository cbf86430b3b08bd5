package nl.veerkracht.scoring.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.scoring.engine.Explanation;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;

/**
 * Everything a buurt profile shows of one buurt in one scored year: the class and score with the
 * explanation of every indicator's part in it, why there is no score (geen gegevens), draagkracht, hot
 * spot, trend with its early warning and doubts, the robustness of the class with the classes of the
 * perturbed samples, and every indicator set against the gemeente. The course over the years comes from
 * {@link CompositeHistory} and {@link IndicatorSeries}. Immutable.
 */
public final class BuurtProfile {

	private final int year;
	private final RegionInfo region;
	private final Explanation explanation;
	private final String noDataReason;
	private final HotSpotLabel hotSpot;
	private final double hotSpotPseudoP;
	private final Optional<RegionTrend> trend;
	private final int[] trendYears;
	private final ClassStability stability;
	private final List<GemeenteComparison> comparisons;

	private BuurtProfile(int year, RegionInfo region, Explanation explanation, String noDataReason,
			HotSpotLabel hotSpot, double hotSpotPseudoP, Optional<RegionTrend> trend, int[] trendYears,
			ClassStability stability, List<GemeenteComparison> comparisons) {
		this.year = year;
		this.region = region;
		this.explanation = explanation;
		this.noDataReason = noDataReason;
		this.hotSpot = hotSpot;
		this.hotSpotPseudoP = hotSpotPseudoP;
		this.trend = trend;
		this.trendYears = trendYears;
		this.stability = stability;
		this.comparisons = List.copyOf(comparisons);
	}

	/**
	 * Collects the profile of a buurt.
	 *
	 * @param run       the run
	 * @param result    a scored year of the run (its weights are used for the explanation)
	 * @param buurtCode a buurt of the run, e.g. {@code BU05990110}
	 * @return the profile
	 * @throws IllegalArgumentException if the run has no such buurt
	 */
	public static BuurtProfile of(ScoringRun run, YearResult result, String buurtCode) {
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(result, "result");
		IndicatorTable table = run.table();
		int r = table.regionIndexOf(buurtCode);
		int yearIndex = table.yearIndexOf(result.year());
		RegionInfo region = table.regions().get(r);
		Explanation explanation = run.engine().explain(buurtCode, result.year(), result.weights());
		List<GemeenteComparison> comparisons = new ArrayList<>();
		for (int i = 0; i < table.indicatorCount(); i++) {
			IndicatorSpec spec = table.indicators().get(i);
			IndicatorValue gemeente = run.gemeenteValue(region.gemeenteCode(), spec.id(), result.year())
					.orElseGet(() -> IndicatorValue.missing(region.gemeenteCode(), spec.id(), result.year(),
							IndicatorSeries.NO_GEMEENTE_VALUE, ""));
			comparisons.add(new GemeenteComparison(spec, table.cell(r, i, yearIndex), gemeente));
		}
		return new BuurtProfile(result.year(), region, explanation, result.noDataReason(r), result.hotSpot(r),
				result.hotSpots().pseudoP(r), result.trend(buurtCode), result.trendYears(),
				ClassStability.of(run, result, r), comparisons);
	}

	/** @return the year scored */
	public int year() {
		return year;
	}

	/** @return the buurt: code, name, gemeente, inhabitants */
	public RegionInfo region() {
		return region;
	}

	/** @return the engine's explanation: one line per indicator; the contributions sum to the composite */
	public Explanation explanation() {
		return explanation;
	}

	/** @return the class */
	public Klasse klasse() {
		return explanation.klasse();
	}

	/** @return the composite kwetsbaarheid, NaN for geen gegevens */
	public double composite() {
		return explanation.composite();
	}

	/** @return the share of the kwetsbaarheid weight that was available, in [0, 1] */
	public double coverage() {
		return explanation.coverage();
	}

	/** @return the drager/vrager ratio, NaN when unavailable */
	public double draagkracht() {
		return explanation.draagkracht();
	}

	/** @return {@code true} when the buurt has no class (geen gegevens) */
	public boolean hasNoData() {
		return explanation.klasse() == Klasse.GEEN_GEGEVENS;
	}

	/** @return why the buurt has no class (coverage and missing indicators with causes), or an empty text */
	public String noDataReason() {
		return noDataReason;
	}

	/** @return the Local Moran's I label of the composite */
	public HotSpotLabel hotSpot() {
		return hotSpot;
	}

	/** @return the pseudo-p value of the Local Moran's I, NaN when not computed */
	public double hotSpotPseudoP() {
		return hotSpotPseudoP;
	}

	/** @return the trend up to this year, or empty with fewer than two years */
	public Optional<RegionTrend> trend() {
		return trend;
	}

	/** @return the years the trend spans (this year and the earlier ones of the run); a copy */
	public int[] trendYears() {
		return trendYears.clone();
	}

	/** @return the robustness of the class, with the classes of the perturbed samples */
	public ClassStability stability() {
		return stability;
	}

	/** @return every indicator of the run set against the gemeente, in table order */
	public List<GemeenteComparison> comparisons() {
		return comparisons;
	}
}
