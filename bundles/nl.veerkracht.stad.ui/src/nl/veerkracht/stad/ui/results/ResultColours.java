package nl.veerkracht.stad.ui.results;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * The colours of the result side: the classes exactly as the signal map draws them ({@link SignalMapStyles#klasseColour}),
 * and one colour per scenario for the lines of the charts (the baseline dark grey, the variants from
 * ColorBrewer Dark2, none of them a class colour).
 */
final class ResultColours {

	private static final RGB[] SCENARIOS = { new RGB(0x4D, 0x4D, 0x4D), new RGB(0x75, 0x70, 0xB3),
			new RGB(0x1B, 0x9E, 0x77), new RGB(0xD9, 0x5F, 0x02), new RGB(0xE7, 0x29, 0x8A), new RGB(0x66, 0xA6, 0x1E),
			new RGB(0xA6, 0x76, 0x1D) };

	/** The outline of the buurten of a waterbed effect. */
	static final RGB WATERBED = new RGB(0x1A, 0x1A, 0x1A);
	/** The outline of the selected buurt. */
	static final RGB SELECTED = new RGB(0x00, 0xE5, 0xFF);

	private static final Map<Klasse, RGB> KLASSEN = klassen();

	private ResultColours() {
	}

	/**
	 * @param klasse a class
	 * @return its colour on the signal map
	 */
	static RGB klasse(Klasse klasse) {
		return KLASSEN.get(klasse);
	}

	/**
	 * @param klasse a class
	 * @return its colour on the signal map, as an SWT colour (needs no disposal)
	 */
	static Color klasseColour(Klasse klasse) {
		return new Color(klasse(klasse));
	}

	/**
	 * @param index the position of a scenario in the comparison, the baseline 0
	 * @return its line colour (the palette repeats after seven scenarios)
	 */
	static Color scenario(int index) {
		return new Color(SCENARIOS[index % SCENARIOS.length]);
	}

	private static Map<Klasse, RGB> klassen() {
		Map<Klasse, RGB> result = new EnumMap<>(Klasse.class);
		for (Klasse klasse : Klasse.values()) {
			java.awt.Color fill = SignalMapStyles.klasseColour(klasse);
			result.put(klasse, new RGB(fill.getRed(), fill.getGreen(), fill.getBlue()));
		}
		return result;
	}
}
