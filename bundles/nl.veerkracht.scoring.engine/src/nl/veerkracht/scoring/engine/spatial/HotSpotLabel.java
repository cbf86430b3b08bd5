package nl.veerkracht.scoring.engine.spatial;

/** The cluster label of a region in a Local Moran's I analysis (see {@link LocalMoran}). */
public enum HotSpotLabel {
	/** Significant; high value among high neighbours: a hot spot. */
	HIGH_HIGH,
	/** Significant; low value among low neighbours: a cold spot. */
	LOW_LOW,
	/** Significant; high value among low neighbours: an outlier. */
	HIGH_LOW,
	/** Significant; low value among high neighbours: an outlier. */
	LOW_HIGH,
	/** Not significant at the chosen level. */
	NOT_SIGNIFICANT,
	/** No neighbour with a value: no local statistic. */
	ISLAND,
	/** The region itself has no value (geen gegevens): left out of the analysis. */
	NO_DATA
}
