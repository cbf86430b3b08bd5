package nl.veerkracht.cbs.data;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A CBS region code such as {@code BU05990110}, {@code WK059901} or {@code GM0599}.
 *
 * @param code the code, upper case, without spaces
 * @param level the level the prefix denotes
 */
public record RegionCode(String code, RegionLevel level) implements Comparable<RegionCode> {

	/**
	 * Checks that the code has the prefix and digit count of its level.
	 *
	 * @param code the code
	 * @param level the level
	 */
	public RegionCode {
		Objects.requireNonNull(level, "level");
		if (!matches(code, level)) {
			throw new IllegalArgumentException("Not a " + level + " code: " + code);
		}
	}

	/**
	 * Parses a code as found in CBS files: surrounding spaces are ignored, the prefix may be in any case.
	 *
	 * @param text the text, for example {@code "BU05990110  "}
	 * @return the code, or empty if the text is not a GM, WK or BU code
	 */
	public static Optional<RegionCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String code = text.strip().toUpperCase(Locale.ROOT);
		for (RegionLevel level : RegionLevel.values()) {
			if (matches(code, level)) {
				return Optional.of(new RegionCode(code, level));
			}
		}
		return Optional.empty();
	}

	/**
	 * Parses a code that a {@link #parse(String)} caller already knows to be valid.
	 *
	 * @param text the code
	 * @return the code
	 * @throws IllegalArgumentException if the text is not a region code
	 */
	public static RegionCode of(String text) {
		return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a CBS region code: " + text));
	}

	/**
	 * The region of a larger level that holds this one: CBS codes share the digits of the larger region
	 * ({@code BU05990310} lies in {@code WK059903}, which lies in {@code GM0599}).
	 *
	 * @param larger a level at or above this code's level
	 * @return the code of the region at that level; this code itself at its own level
	 * @throws IllegalArgumentException if the level lies below this code's level
	 */
	public RegionCode within(RegionLevel larger) {
		if (larger.digits() > level.digits()) {
			throw new IllegalArgumentException(larger + " lies below " + level + ": " + code);
		}
		return new RegionCode(larger.prefix() + code.substring(2, 2 + larger.digits()), larger);
	}

	private static boolean matches(String code, RegionLevel level) {
		if (code == null || code.length() != 2 + level.digits() || !code.startsWith(level.prefix())) {
			return false;
		}
		for (int i = 2; i < code.length(); i++) {
			if (!Character.isDigit(code.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int compareTo(RegionCode other) {
		int byLevel = level.compareTo(other.level);
		return byLevel != 0 ? byLevel : code.compareTo(other.code);
	}

	@Override
	public String toString() {
		return code;
	}
}
