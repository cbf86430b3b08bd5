package nl.veerkracht.notitie.internal;

import java.awt.Color;

import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * The colours of the kwetsbaarheid classes exactly as the signal map draws them ({@link SignalMapStyles#klasseColour}),
 * so a map in the notitie reads as the signal map and the Stadsbalans do.
 */
public final class ClassColours {

	/** The fill of buurten that are drawn for orientation only (outside a wijk, or not in the model). */
	public static final Color CONTEXT = new Color(0xEE, 0xEE, 0xEE);

	private ClassColours() {
	}

	/**
	 * @param klasse a class
	 * @return its fill on the signal map
	 */
	public static Color of(Klasse klasse) {
		return SignalMapStyles.klasseColour(klasse);
	}
}
