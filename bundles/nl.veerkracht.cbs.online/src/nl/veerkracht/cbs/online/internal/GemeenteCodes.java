package nl.veerkracht.cbs.online.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks gemeente codes such as {@code GM0599} before they go into a query. */
public final class GemeenteCodes {

	private static final Pattern GEMEENTE_CODE = Pattern.compile("GM\\d{4}");

	private GemeenteCodes() {
	}

	/**
	 * Checks a gemeente code.
	 *
	 * @param gemeenteCode the code, {@code "GM"} and four digits
	 * @return the four digits, for example {@code "0599"} for {@code "GM0599"}
	 * @throws IllegalArgumentException if the code has another form
	 */
	public static String digits(String gemeenteCode) {
		Objects.requireNonNull(gemeenteCode, "gemeenteCode");
		if (!GEMEENTE_CODE.matcher(gemeenteCode).matches()) {
			throw new IllegalArgumentException("Not a gemeente code (GM and four digits): '" + gemeenteCode + "'");
		}
		return gemeenteCode.substring(2);
	}
}
