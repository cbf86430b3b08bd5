package nl.veerkracht.scoring.engine;

/** The regions an indicator is normalised against. */
public enum Reference {
	/** The regions of the same gemeente ({@link RegionInfo#gemeenteCode()}). */
	GEMEENTE,
	/** All regions in the table. */
	ALL
}
