package nl.veerkracht.scoring.ui.table;

import nl.veerkracht.gis.core.format.DutchNumbers;

/**
 * One cell of the Indicatoren table.
 *
 * @param text    what the screen shows; {@link #MISSING_TEXT} for a missing value
 * @param key     the number the column sorts on (a value, a class's rank), NaN for text columns
 * @param export  the value for copies and exports: a number with a decimal comma and full precision, or a
 *                text; empty for a missing value (a blank spreadsheet cell, never 0)
 * @param tooltip an explanation (a missing value's reason, a value's source), or {@code null}
 * @param missing whether the value is missing: shown greyed and sorted last in both directions
 */
record Cell(String text, double key, String export, String tooltip, boolean missing) {

	/** The text of a missing value. */
	static final String MISSING_TEXT = "\u2013"; //$NON-NLS-1$

	/** A cell without content, for columns that do not apply to a row (e.g. scores on the gemeente row). */
	static final Cell BLANK = new Cell("", Double.NaN, "", null, false); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * A missing value.
	 *
	 * @param reason why it is missing
	 * @return the cell
	 */
	static Cell missing(String reason) {
		return new Cell(MISSING_TEXT, Double.NaN, "", reason, true); //$NON-NLS-1$
	}

	/**
	 * A number.
	 *
	 * @param value   the value, finite
	 * @param text    the value as shown
	 * @param tooltip an explanation, or {@code null}
	 * @return the cell
	 */
	static Cell number(double value, String text, String tooltip) {
		return new Cell(text, value, DutchNumbers.export(value), tooltip, false);
	}

	/**
	 * A text.
	 *
	 * @param text    the text
	 * @param tooltip an explanation, or {@code null}
	 * @return the cell
	 */
	static Cell text(String text, String tooltip) {
		return new Cell(text, Double.NaN, text, tooltip, false);
	}
}
