package nl.veerkracht.cbs.data;

/**
 * The levels of the CBS regional division, each with its code prefix and code length.
 */
public enum RegionLevel {

	/** A gemeente: {@code GM} + 4 digits. */
	GEMEENTE("GM", 4),

	/** A wijk: {@code WK} + 6 digits (gemeente 4 + wijk 2). */
	WIJK("WK", 6),

	/** A buurt: {@code BU} + 8 digits (gemeente 4 + wijk 2 + buurt 2). */
	BUURT("BU", 8);

	private final String prefix;
	private final int digits;

	RegionLevel(String prefix, int digits) {
		this.prefix = prefix;
		this.digits = digits;
	}

	/**
	 * Returns the code prefix.
	 *
	 * @return {@code GM}, {@code WK} or {@code BU}
	 */
	public String prefix() {
		return prefix;
	}

	/**
	 * Returns the number of digits after the prefix.
	 *
	 * @return 4, 6 or 8
	 */
	public int digits() {
		return digits;
	}
}
