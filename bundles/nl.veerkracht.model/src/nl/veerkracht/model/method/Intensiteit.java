package nl.veerkracht.model.method;

import java.util.List;

/**
 * The intensity scale of a perspective in a wijkschets: 0 (geen) to 4 ("vol op het orgel", the
 * leaflet's word for the maximum).
 */
public final class Intensiteit {

	/** The lowest intensity: the perspective is not used. */
	public static final int MIN = 0;

	/** The highest intensity: "vol op het orgel". */
	public static final int MAX = 4;

	private static final List<String> WORDS = List.of("geen", "beperkt", "gemiddeld", "fors", "vol op het orgel");

	private Intensiteit() {
	}

	/**
	 * @param intensity an intensity
	 * @return whether it lies on the scale {@value #MIN}..{@value #MAX}
	 */
	public static boolean isValid(int intensity) {
		return intensity >= MIN && intensity <= MAX;
	}

	/**
	 * @param intensity an intensity
	 * @return the workshop's word for it, e.g. "vol op het orgel" for {@value #MAX}, or
	 *         "buiten de schaal (n)" when it is not on the scale
	 */
	public static String woord(int intensity) {
		return isValid(intensity) ? WORDS.get(intensity) : "buiten de schaal (" + intensity + ")";
	}
}
