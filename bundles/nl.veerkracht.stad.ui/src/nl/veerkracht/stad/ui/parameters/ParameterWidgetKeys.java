package nl.veerkracht.stad.ui.parameters;

import java.util.Locale;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.stad.Segment;

/** The widget keys ({@code org.eclipse.swtbot.widget.key}) of the model parameters dialog. */
public final class ParameterWidgetKeys {

	/** Button that puts the defaults back. */
	public static final String DEFAULTS = "stadmodel.defaults";
	/** The concentration exponent. */
	public static final String EXPONENT = "stadmodel.concentratieExponent";
	/** The maximum coping reduction. */
	public static final String MAXIMUM = "stadmodel.maximaleOpvang";
	/** The coping rate. */
	public static final String RATE = "stadmodel.opvangSnelheid";

	private ParameterWidgetKeys() {
	}

	/**
	 * @param perspective a perspective
	 * @param intensity   an intensity 0–4
	 * @return the key of the field with that value of the intensity table, e.g. {@code stadmodel.intensity.herpositionering.4}
	 */
	public static String intensity(Handelingsperspectief perspective, int intensity) {
		return "stadmodel.intensity." + perspective.getName().toLowerCase(Locale.ROOT) + "." + intensity;
	}

	/**
	 * @param row     {@code turnover}, {@code inflow} or {@code replacement}
	 * @param segment a segment
	 * @return the key of that field, e.g. {@code stadmodel.turnover.KOOP}
	 */
	public static String segment(String row, Segment segment) {
		return "stadmodel." + row + "." + segment.name();
	}
}
