package nl.veerkracht.stad;

import java.util.Map;

import nl.veerkracht.scoring.engine.Klasse;

/**
 * The simulated state of one buurt at the end of one year.
 *
 * @param code         the buurt code
 * @param year         the calendar year
 * @param dwellings    dwellings per segment
 * @param households   households living there
 * @param vulnerable   vulnerable households among them
 * @param problemIndex the expected-problem index (see {@link ModelParameters#problemIndex})
 * @param klasse       the class of the vulnerable share
 * @param received     vulnerable households received from choices elsewhere, per cause, summed from the start
 *                     year up to and including this year
 * @param attributed   of those, the households still estimated to live here (received households move out at
 *                     the segment's turnover rate like everyone else), per cause
 * @param kwetsbaarheid the projected kwetsbaarheid score (see {@link KwetsbaarheidProjection}) when the model has
 *                     a projection, NaN otherwise or when the scoring engine cannot score the buurt; with a
 *                     projection {@code klasse} is the class of this score, without one the class of the
 *                     vulnerable share
 */
public record BuurtYear(String code, int year, SegmentValues dwellings, int households, int vulnerable,
		double problemIndex, Klasse klasse, Map<Cause, Integer> received, Map<Cause, Double> attributed,
		double kwetsbaarheid) {

	/** Copies the maps. */
	public BuurtYear {
		received = Map.copyOf(received);
		attributed = Map.copyOf(attributed);
	}

	/**
	 * A buurt-year without a projected kwetsbaarheid score (NaN).
	 *
	 * @param code         the buurt code
	 * @param year         the calendar year
	 * @param dwellings    dwellings per segment
	 * @param households   households living there
	 * @param vulnerable   vulnerable households among them
	 * @param problemIndex the expected-problem index
	 * @param klasse       the class of the vulnerable share
	 * @param received     vulnerable households received from choices elsewhere, per cause
	 * @param attributed   of those, the households still estimated to live here, per cause
	 */
	public BuurtYear(String code, int year, SegmentValues dwellings, int households, int vulnerable,
			double problemIndex, Klasse klasse, Map<Cause, Integer> received, Map<Cause, Double> attributed) {
		this(code, year, dwellings, households, vulnerable, problemIndex, klasse, received, attributed, Double.NaN);
	}

	/** @return vulnerable / households, NaN when the buurt has no households */
	public double vulnerableShare() {
		return households == 0 ? Double.NaN : (double) vulnerable / households;
	}

	/** @return the sum of {@link #attributed()} */
	public double attributedTotal() {
		return attributed.values().stream().mapToDouble(Double::doubleValue).sum();
	}
}
