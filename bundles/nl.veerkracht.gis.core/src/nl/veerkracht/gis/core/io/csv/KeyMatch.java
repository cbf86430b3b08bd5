package nl.veerkracht.gis.core.io.csv;

import java.util.Locale;
import java.util.regex.Pattern;

/** How {@link TableJoin} compares key values (codes). */
public enum KeyMatch {

	/** Equal after removing all whitespace and ignoring case: {@code " bu0308 0000"} matches {@code "BU03080000"}. */
	IGNORE_CASE_AND_SPACES,

	/**
	 * As {@link #IGNORE_CASE_AND_SPACES}, and a CBS prefix {@code BU}, {@code WK} or {@code GM} before the
	 * digits is ignored: {@code "03080000"} matches {@code "BU03080000"}. Buurt, wijk and gemeente codes
	 * still differ by their number of digits (8, 6, 4).
	 */
	CBS_CODE;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	private static final Pattern CBS_PREFIX = Pattern.compile("^(BU|WK|GM)(?=\\d+$)");

	/**
	 * @param key a key value
	 * @return the form in which keys are compared
	 */
	public String normalise(String key) {
		String compact = WHITESPACE.matcher(key).replaceAll("").toUpperCase(Locale.ROOT);
		return this == CBS_CODE ? CBS_PREFIX.matcher(compact).replaceFirst("") : compact;
	}
}
