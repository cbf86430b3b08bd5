package nl.veerkracht.scoring;

/**
 * Why an indicator has no value for a region and year.
 */
public enum MissingCause {

	/** An input variable was read but CBS marked it missing (secret, unknown, not yet published, ...). */
	INPUT_MISSING,

	/** An input variable was not read at all for this region and year (the file lacks the column). */
	INPUT_NOT_READ,

	/** A ratio's denominator is 0 (a buurt without inhabitants), so the ratio does not exist. */
	ZERO_DENOMINATOR
}
