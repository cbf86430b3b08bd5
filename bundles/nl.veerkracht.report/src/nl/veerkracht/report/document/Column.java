package nl.veerkracht.report.document;

/**
 * A column of a report table.
 *
 * @param header the header text
 * @param width its share of the table width, relative to the other columns
 * @param numeric whether the column holds numbers (right-aligned)
 * @param wraps whether a long text wraps onto more lines in the PDF (otherwise it is shortened with an ellipsis)
 */
public record Column(String header, float width, boolean numeric, boolean wraps) {

	/**
	 * A column whose texts stay on one line.
	 *
	 * @param header the header text
	 * @param width its share of the table width
	 * @param numeric whether the column holds numbers
	 */
	public Column(String header, float width, boolean numeric) {
		this(header, width, numeric, false);
	}

	/**
	 * @param header the header text
	 * @param width its share of the table width
	 * @return a text column whose long texts wrap
	 */
	public static Column wrapping(String header, float width) {
		return new Column(header, width, false, true);
	}
}
