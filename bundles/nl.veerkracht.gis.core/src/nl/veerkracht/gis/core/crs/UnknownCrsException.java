package nl.veerkracht.gis.core.crs;

/**
 * Thrown when a coordinate reference system identifier cannot be parsed or names a CRS that is not
 * supported.
 */
public final class UnknownCrsException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String identifier;

	/**
	 * Creates the exception.
	 *
	 * @param identifier the identifier as given, for example {@code "EPSG:99999"}
	 * @param reason why it was rejected
	 */
	public UnknownCrsException(String identifier, String reason) {
		super("Unknown coordinate reference system '" + identifier + "': " + reason);
		this.identifier = identifier;
	}

	/**
	 * Returns the rejected identifier.
	 *
	 * @return the identifier as given
	 */
	public String getIdentifier() {
		return identifier;
	}
}
