package nl.veerkracht.notitie.internal;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * The colours of the kwetsbaarheid classes exactly as the signal map draws them ({@link SignalMapStyles#klasse()}),
 * so a map in the notitie reads as the signal map and the Stadsbalans do.
 */
public final class ClassColours {

	/** The fill of buurten that are drawn for orientation only (outside a wijk, or not in the model). */
	public static final Color CONTEXT = new Color(0xEE, 0xEE, 0xEE);

	private static final Map<Klasse, Color> COLOURS = colours();

	private ClassColours() {
	}

	/**
	 * @param klasse a class
	 * @return its fill on the signal map
	 */
	public static Color of(Klasse klasse) {
		return COLOURS.get(klasse);
	}

	private static Map<Klasse, Color> colours() {
		Map<Klasse, Color> result = new EnumMap<>(Klasse.class);
		for (Category category : SignalMapStyles.klasse().categories()) {
			for (Klasse klasse : Klasse.values()) {
				if (klasse.label().equals(category.value())) {
					result.put(klasse, category.symbol().fill());
				}
			}
		}
		for (Klasse klasse : Klasse.values()) {
			if (!result.containsKey(klasse)) {
				throw new IllegalStateException("the signal map has no colour for class " + klasse.label());
			}
		}
		return result;
	}
}
