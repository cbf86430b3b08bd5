package nl.veerkracht.scoring.run;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.engine.RobustnessResult;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.engine.YearScores;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;
import nl.veerkracht.scoring.engine.spatial.LocalMoranResult;

/**
 * The result of a {@link ScoringRun} for one year. Regions are addressed by their index in the run's
 * {@link nl.veerkracht.scoring.engine.IndicatorTable}.
 */
public final class YearResult {

	private final int year;
	private final int[] trendYears;
	private final Weights weights;
	private final YearScores scores;
	private final Map<String, RegionTrend> trends;
	private final LocalMoranResult hotSpots;
	private final RobustnessResult robustness;
	private final List<String> noDataReasons;

	YearResult(int year, int[] trendYears, Weights weights, YearScores scores, Map<String, RegionTrend> trends,
			LocalMoranResult hotSpots, RobustnessResult robustness, List<String> noDataReasons) {
		this.year = year;
		this.trendYears = trendYears.clone();
		this.weights = weights;
		this.scores = scores;
		this.trends = Map.copyOf(trends);
		this.hotSpots = hotSpots;
		this.robustness = robustness;
		this.noDataReasons = List.copyOf(noDataReasons);
	}

	/** @return the year scored */
	public int year() {
		return year;
	}

	/** @return the years the trend was computed over (this year and the earlier ones); fewer than 2: no trend */
	public int[] trendYears() {
		return trendYears.clone();
	}

	/** @return the weights the year was scored with */
	public Weights weights() {
		return weights;
	}

	/** @return kwetsbaarheid, klasse, coverage and draagkracht per region */
	public YearScores scores() {
		return scores;
	}

	/**
	 * Returns the trend of a region.
	 *
	 * @param regionCode the region code
	 * @return the trend, or empty when there are fewer than two years
	 */
	public Optional<RegionTrend> trend(String regionCode) {
		return Optional.ofNullable(trends.get(regionCode));
	}

	/** @return the Local Moran's I of the kwetsbaarheid scores */
	public LocalMoranResult hotSpots() {
		return hotSpots;
	}

	/**
	 * Returns the hot spot label of a region.
	 *
	 * @param region the region index
	 * @return the label
	 */
	public HotSpotLabel hotSpot(int region) {
		return hotSpots.label(region);
	}

	/** @return the stability of the classes under random weight changes */
	public RobustnessResult robustness() {
		return robustness;
	}

	/**
	 * Returns why a region has no class.
	 *
	 * @param region the region index
	 * @return the coverage and the missing indicators with their causes, or an empty text when the region
	 *         has a class
	 */
	public String noDataReason(int region) {
		return noDataReasons.get(region);
	}

	/** @return how many regions fall in each class (classes without regions are left out) */
	public Map<Klasse, Integer> classCounts() {
		Map<Klasse, Integer> counts = new EnumMap<>(Klasse.class);
		for (Klasse klasse : scores.klassen()) {
			counts.merge(klasse, 1, Integer::sum);
		}
		return counts;
	}
}
