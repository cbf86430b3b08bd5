package nl.veerkracht.model.scoring;

import java.text.NumberFormat;
import java.util.Locale;

import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.Signaleringskaart;

/**
 * The short Dutch descriptions by which signal-map settings are listed, for example in the Project Explorer:
 * {@code GM0599 (2016)} for a signal map and {@code laag_inkomen: 1,5} for a weight. They are the derived
 * {@code omschrijving} of {@link Signaleringskaart} and {@link IndicatorGewicht}.
 */
public final class Omschrijvingen {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private Omschrijvingen() {
	}

	/**
	 * @param kaart a signal map's settings
	 * @return its gemeente code, or {@code alle buurten}, followed by its year, or {@code laatste jaar} when
	 *         it shows the latest year in the data, in brackets; e.g. {@code GM0599 (2016)}
	 */
	public static String of(Signaleringskaart kaart) {
		String code = kaart.getGemeenteCode();
		String gebied = code == null || code.isBlank() ? "alle buurten" : code.strip();
		String jaar = kaart.getJaar() == 0 ? "laatste jaar" : String.valueOf(kaart.getJaar());
		return gebied + " (" + jaar + ")";
	}

	/**
	 * @param gewicht an indicator's weight
	 * @return the indicator id and the weight in Dutch notation, e.g. {@code laag_inkomen: 1,5}
	 */
	public static String of(IndicatorGewicht gewicht) {
		String id = gewicht.getIndicatorId();
		return (id == null || id.isBlank() ? "(geen indicator)" : id.strip()) + ": " + getal(gewicht.getGewicht());
	}

	/**
	 * @param value a number
	 * @return the number in Dutch notation with at most three decimals and no trailing zeros, e.g.
	 *         {@code 1,5}, {@code 2} or {@code -0,333}
	 */
	public static String getal(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
		format.setMaximumFractionDigits(3);
		return format.format(value);
	}
}
