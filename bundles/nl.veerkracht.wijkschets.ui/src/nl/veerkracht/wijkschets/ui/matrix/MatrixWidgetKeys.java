package nl.veerkracht.wijkschets.ui.matrix;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * The stable ids ({@link nl.veerkracht.gis.ui.WidgetKeys#KEY}) of the controls in a {@link PerspectiveMatrix}, one
 * set per quadrant, so that tests and scripts find them without depending on texts or layout. The ids end in the
 * perspective's enum name (e.g. {@code SOCIALE_AANPAK}), as its literal contains spaces.
 */
public final class MatrixWidgetKeys {

	private static final String PREFIX = "veerkracht.matrix."; //$NON-NLS-1$

	private MatrixWidgetKeys() {
	}

	/**
	 * @param perspective a perspective
	 * @return the id of its quadrant's intensity control
	 */
	public static String intensity(Handelingsperspectief perspective) {
		return PREFIX + "intensity." + perspective.getName(); //$NON-NLS-1$
	}

	/**
	 * @param perspective a perspective
	 * @return the id of its quadrant's rationale text
	 */
	public static String rationale(Handelingsperspectief perspective) {
		return PREFIX + "rationale." + perspective.getName(); //$NON-NLS-1$
	}

	/**
	 * @param perspective a perspective
	 * @return the id of its quadrant's list of measures
	 */
	public static String measures(Handelingsperspectief perspective) {
		return PREFIX + "measures." + perspective.getName(); //$NON-NLS-1$
	}

	/**
	 * @param perspective a perspective
	 * @return the id of its quadrant's text field for a new measure
	 */
	public static String newMeasure(Handelingsperspectief perspective) {
		return PREFIX + "newMeasure." + perspective.getName(); //$NON-NLS-1$
	}

	/**
	 * @param perspective a perspective
	 * @return the id of its quadrant's button that adds the new measure
	 */
	public static String addMeasure(Handelingsperspectief perspective) {
		return PREFIX + "addMeasure." + perspective.getName(); //$NON-NLS-1$
	}

	/**
	 * @param perspective a perspective
	 * @return the id of its quadrant's button that removes the selected measure
	 */
	public static String removeMeasure(Handelingsperspectief perspective) {
		return PREFIX + "removeMeasure." + perspective.getName(); //$NON-NLS-1$
	}
}
