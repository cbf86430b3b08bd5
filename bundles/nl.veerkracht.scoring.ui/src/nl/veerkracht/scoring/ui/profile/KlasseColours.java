package nl.veerkracht.scoring.ui.profile;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.ui.style.Swatches;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * The colours of the classes as the signal map shows them ({@link SignalMapStyles#klasse()}): each class's
 * fill with its opacity over the white map, so that the profile's colours are the map's.
 */
final class KlasseColours {

	private static final CategorizedStyle STYLE = SignalMapStyles.klasse();

	private KlasseColours() {
	}

	/**
	 * @param klasse a class
	 * @return its symbol on the signal map
	 */
	static SimpleStyle symbol(Klasse klasse) {
		for (Category category : STYLE.categories()) {
			if (category.value().equals(klasse.label())) {
				return category.symbol();
			}
		}
		throw new IllegalStateException("the signal map has no colour for " + klasse); //$NON-NLS-1$
	}

	/**
	 * @param klasse a class
	 * @return the colour the map shows it in
	 */
	static Color colour(Klasse klasse) {
		SimpleStyle symbol = symbol(klasse);
		java.awt.Color seen = Swatches.blend(symbol.fill(), symbol.opacity());
		return new Color(new RGB(seen.getRed(), seen.getGreen(), seen.getBlue()));
	}

	/** @return the colour of every class, in class order */
	static Map<Klasse, Color> all() {
		Map<Klasse, Color> colours = new EnumMap<>(Klasse.class);
		for (Klasse klasse : Klasse.values()) {
			colours.put(klasse, colour(klasse));
		}
		return colours;
	}
}
