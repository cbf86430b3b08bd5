package nl.veerkracht.stad;

import java.util.Objects;

/**
 * The state of one buurt at the start year of a simulation.
 * <p>
 * The households are spread over the segments in proportion to the dwellings; the vulnerable households are
 * spread over the segments in proportion to households × the segment's vulnerable inflow share (so corporation
 * rent holds more of them than owner-occupied dwellings). Every dwelling that falls vacant is let again within
 * the year, so dwellings above the number of households are filled in the first simulated year.
 *
 * @param code            the buurt code, e.g. {@code BU05990110}
 * @param name            the buurt name (for reports; may equal the code)
 * @param dwellings       dwellings per segment (whole numbers, not negative)
 * @param households      the households living in the buurt, at most the number of dwellings
 * @param vulnerableShare the share of households with reduced self-reliance, in [0, 1]
 */
public record BuurtStart(String code, String name, SegmentValues dwellings, int households, double vulnerableShare) {

	/** Checks the arguments. */
	public BuurtStart {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(dwellings, "dwellings");
		for (Segment segment : Segment.values()) {
			double count = dwellings.get(segment);
			if (count < 0 || count != Math.rint(count)) {
				throw new IllegalArgumentException(code + ": dwellings of " + segment.label() + " must be a whole number >= 0: " + count);
			}
		}
		if (households < 0 || households > dwellings.total()) {
			throw new IllegalArgumentException(code + ": households must lie in [0, dwellings " + (long) dwellings.total() + "]: " + households);
		}
		if (!(vulnerableShare >= 0 && vulnerableShare <= 1)) {
			throw new IllegalArgumentException(code + ": vulnerable share must lie in [0, 1]: " + vulnerableShare);
		}
	}
}
