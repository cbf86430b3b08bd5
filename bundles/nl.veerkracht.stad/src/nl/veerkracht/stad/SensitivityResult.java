package nl.veerkracht.stad;

import java.util.Map;

/**
 * The outcome of a sensitivity run: the central run with default parameters and a {@link Band} per output.
 */
public final class SensitivityResult {

	private final SimulationResult central;
	private final Map<String, Band[]> shareBands;
	private final Map<String, Band[]> problemIndexBands;
	private final Map<String, Band[]> kwetsbaarheidBands;
	private final Band[] dissimilarityBands;
	private final Band[] largestShareBands;

	SensitivityResult(SimulationResult central, Map<String, Band[]> shareBands, Map<String, Band[]> problemIndexBands,
			Band[] dissimilarityBands, Band[] largestShareBands) {
		this(central, shareBands, problemIndexBands, Map.of(), dissimilarityBands, largestShareBands);
	}

	SensitivityResult(SimulationResult central, Map<String, Band[]> shareBands, Map<String, Band[]> problemIndexBands,
			Map<String, Band[]> kwetsbaarheidBands, Band[] dissimilarityBands, Band[] largestShareBands) {
		this.kwetsbaarheidBands = Map.copyOf(kwetsbaarheidBands);
		this.central = central;
		this.shareBands = Map.copyOf(shareBands);
		this.problemIndexBands = Map.copyOf(problemIndexBands);
		this.dissimilarityBands = dissimilarityBands.clone();
		this.largestShareBands = largestShareBands.clone();
	}

	/** @return the run with the given (unvaried) parameters */
	public SimulationResult central() {
		return central;
	}

	/**
	 * @param code a buurt code
	 * @param year a year of the run
	 * @return the band of that buurt's vulnerable share
	 */
	public Band vulnerableShare(String code, int year) {
		return bands(shareBands, code)[year - central.startYear()];
	}

	/**
	 * @param code a buurt code
	 * @param year a year of the run
	 * @return the band of that buurt's expected-problem index
	 */
	public Band problemIndex(String code, int year) {
		return bands(problemIndexBands, code)[year - central.startYear()];
	}

	/**
	 * @param code a buurt code
	 * @param year a year of the run
	 * @return the band of that buurt's projected kwetsbaarheid score ({@link BuurtYear#kwetsbaarheid()}); all NaN
	 *         when the model has no {@link KwetsbaarheidProjection} or the engine cannot score the buurt
	 */
	public Band kwetsbaarheid(String code, int year) {
		if (kwetsbaarheidBands.isEmpty()) {
			bands(shareBands, code);
			central.balance(year);
			return new Band(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		return bands(kwetsbaarheidBands, code)[year - central.startYear()];
	}

	/**
	 * @param year a year of the run
	 * @return the band of the city's index of dissimilarity
	 */
	public Band dissimilarity(int year) {
		return dissimilarityBands[year - central.startYear()];
	}

	/**
	 * @param year a year of the run
	 * @return the band of the largest vulnerable share of any buurt
	 */
	public Band largestShare(int year) {
		return largestShareBands[year - central.startYear()];
	}

	private static Band[] bands(Map<String, Band[]> bands, String code) {
		Band[] result = bands.get(code);
		if (result == null) {
			throw new java.util.NoSuchElementException("no buurt " + code);
		}
		return result;
	}
}
