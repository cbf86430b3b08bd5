package nl.veerkracht.stad;

import java.util.Objects;

/**
 * A concrete measure of a woningprogramma: dwellings of one segment demolished (negative) or added (positive)
 * in one buurt in one calendar year. Replacement is a demolition plus an addition in another segment.
 * <p>
 * The households in demolished dwellings move out in that year; the vulnerable among them are rehoused in
 * the same segment elsewhere in the city (attributed to this buurt and {@code WONINGPROGRAMMA}), the others
 * leave the model. Added dwellings are let in the year they are added.
 *
 * @param buurtCode the buurt
 * @param year      the calendar year, after the start year
 * @param segment   the segment
 * @param delta     dwellings added (positive) or demolished (negative), never 0
 */
public record StockChange(String buurtCode, int year, Segment segment, int delta) {

	/** Checks the arguments. */
	public StockChange {
		Objects.requireNonNull(buurtCode, "buurtCode");
		Objects.requireNonNull(segment, "segment");
		if (delta == 0) {
			throw new IllegalArgumentException(buurtCode + " " + year + ": a stock change of 0 dwellings");
		}
	}
}
