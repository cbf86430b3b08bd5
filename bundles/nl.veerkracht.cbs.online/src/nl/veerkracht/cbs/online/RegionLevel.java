package nl.veerkracht.cbs.online;

/**
 * The levels of the CBS regional division, each a collection of the PDOK "wijken en buurten" service.
 */
public enum RegionLevel {

	/** Gemeenten (municipalities), collection {@code gemeenten}. */
	GEMEENTE("gemeenten"),

	/** Wijken (districts), collection {@code wijken}. */
	WIJK("wijken"),

	/** Buurten (neighbourhoods), collection {@code buurten}. */
	BUURT("buurten");

	private final String collectionId;

	RegionLevel(String collectionId) {
		this.collectionId = collectionId;
	}

	/**
	 * Returns the OGC API collection that holds the boundaries of this level.
	 *
	 * @return the collection id, for example {@code "buurten"}
	 */
	public String collectionId() {
		return collectionId;
	}
}
