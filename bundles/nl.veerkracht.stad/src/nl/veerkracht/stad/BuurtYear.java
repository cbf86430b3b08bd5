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
 */
public record BuurtYear(String code, int year, SegmentValues dwellings, int households, int vulnerable,
		double problemIndex, Klasse klasse, Map<Cause, Integer> received, Map<Cause, Double> attributed) {

	/** Copies the maps. */
	public BuurtYear {
		received = Map.copyOf(received);
		attributed = Map.copyOf(attributed);
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
