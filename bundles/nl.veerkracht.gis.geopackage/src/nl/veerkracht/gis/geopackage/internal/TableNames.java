package nl.veerkracht.gis.geopackage.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses unique table and column names. SQLite compares names case-insensitively, so uniqueness is
 * checked that way; names starting with {@code gpkg_} or {@code rtree_} (reserved by the specification)
 * and {@code sqlite_} (reserved by SQLite) get a prefix. Not thread-safe.
 */
public final class TableNames {

	private static final String[] RESERVED_PREFIXES = { "gpkg_", "rtree_", "sqlite_" };

	private final Set<String> taken = new HashSet<>();

	/**
	 * @param reserved names already in use
	 */
	public TableNames(Collection<String> reserved) {
		reserved.forEach(name -> taken.add(key(name)));
	}

	/**
	 * @param wanted the preferred name
	 * @return the preferred name, or a variant of it with a number appended, that is not yet taken; it is
	 *         taken from now on
	 */
	public String unique(String wanted) {
		String base = wanted.isBlank() ? "layer" : wanted;
		for (String prefix : RESERVED_PREFIXES) {
			if (base.toLowerCase(Locale.ROOT).startsWith(prefix)) {
				base = "layer_" + base;
			}
		}
		String name = base;
		for (int suffix = 2; !taken.add(key(name)); suffix++) {
			name = base + "_" + suffix;
		}
		return name;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
