package nl.veerkracht.gis.geopackage.internal;

/** Quotes SQL identifiers for SQLite. */
public final class SqlNames {

	private SqlNames() {
	}

	/**
	 * @param identifier a table or column name
	 * @return the name in double quotes, inner double quotes doubled
	 */
	public static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
