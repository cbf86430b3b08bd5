package nl.veerkracht.cbs.catalogue;

import java.util.Locale;
import java.util.Optional;

/**
 * The unit of a CBS variable. Each unit knows the text StatLine prints for it in the unit row of a
 * "CSV met statistische symbolen" export, so that a column whose unit changed between years (a count one
 * year, a percentage the next) is recognised from its header.
 */
public enum Unit {

	/** A number of persons, households, dwellings, ... ({@code aantal}). */
	COUNT("aantal"),

	/** A percentage, 0 to 100 ({@code %}). */
	PERCENT("%"),

	/** Thousands of euros ({@code x 1 000 euro}). */
	THOUSAND_EURO("x 1 000 euro"),

	/** Inhabitants per square kilometre of land ({@code aantal inwoners per km²}). */
	INHABITANTS_PER_KM2("aantal inwoners per km²"),

	/** Number per square kilometre ({@code per km²}). */
	PER_KM2("per km²"),

	/** Number per 1,000 inhabitants ({@code per 1 000 inwoners}). */
	PER_1000_INHABITANTS("per 1 000 inwoners"),

	/** Average number of persons per household (StatLine prints {@code aantal}). */
	PERSONS_PER_HOUSEHOLD("aantal"),

	/** Number per household ({@code per huishouden}). */
	PER_HOUSEHOLD("per huishouden"),

	/** Hectares ({@code ha}). */
	HECTARE("ha"),

	/** Kilometres ({@code km}). */
	KILOMETRE("km"),

	/** A code from a closed list, for example the boundary-change indicator ({@code code}). */
	CODE("code");

	private final String statLineText;

	Unit(String statLineText) {
		this.statLineText = statLineText;
	}

	/**
	 * Returns the text StatLine prints for this unit in its unit header row.
	 *
	 * @return for example {@code "x 1 000 euro"}
	 */
	public String statLineText() {
		return statLineText;
	}

	/**
	 * Tells whether a unit text from a StatLine header denotes this unit.
	 *
	 * @param text the unit text as found in the file
	 * @return {@code true} if it equals {@link #statLineText()} after normalising case, spaces and
	 *         {@code km2}/{@code km²}
	 */
	public boolean matchesStatLineText(String text) {
		return normalise(statLineText).equals(normalise(text));
	}

	/**
	 * Parses a unit name as written in the catalogue ({@code COUNT}, {@code percent}, ...).
	 *
	 * @param name the name
	 * @return the unit, or empty if the name is not a unit
	 */
	public static Optional<Unit> forName(String name) {
		try {
			return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
		} catch (IllegalArgumentException notAUnit) {
			return Optional.empty();
		}
	}

	private static String normalise(String text) {
		return text.trim().replace('\u00a0', ' ').replaceAll("\\s+", " ").replace("km2", "km²")
				.toLowerCase(Locale.ROOT);
	}
}
