package nl.veerkracht.scoring.ui.table;

import java.io.IOException;
import java.util.List;

/**
 * Writes rows of the Indicatoren table as delimited text for a spreadsheet.
 * <ul>
 * <li>Copies ({@link #tsv}) are tab-separated, with the headers as shown and the cells in the current mode;
 * numbers carry a decimal comma, no thousands separator and full precision, so that a spreadsheet in a Dutch
 * locale (Excel, LibreOffice) reads them as numbers; a missing value is an empty cell, so it is neither 0
 * nor text in sums and averages.</li>
 * <li>Exports ({@link #csv}) are the raw values of all columns, separated by semicolons (the list
 * separator of Dutch Excel), numbers as in copies, texts quoted where needed.</li>
 * </ul>
 */
final class TableText {

	/** The line end of both formats: CR LF, as spreadsheets on any platform read it. */
	static final String LINE_END = "\r\n"; //$NON-NLS-1$

	/** The separator of CSV exports. */
	static final char CSV_SEPARATOR = ';';

	private TableText() {
	}

	/**
	 * Writes rows as tab-separated text with a header line.
	 *
	 * @param model    the numbers
	 * @param columns  the columns, in the order shown
	 * @param mode     what the indicator cells show
	 * @param gemeente the gemeente of the reference row
	 * @param rows     region indices or {@link IndicatorTableColumn#GEMEENTE_ROW}, in order
	 * @return the text
	 */
	static String tsv(IndicatorTableModel model, List<IndicatorTableColumn> columns, CellMode mode, String gemeente,
			int[] rows) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < columns.size(); c++) {
			text.append(c == 0 ? "" : "\t").append(flat(columns.get(c).header(mode))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text.append(LINE_END);
		for (int row : rows) {
			for (int c = 0; c < columns.size(); c++) {
				text.append(c == 0 ? "" : "\t").append(flat(columns.get(c).cell(model, row, mode, gemeente).export())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			text.append(LINE_END);
		}
		return text.toString();
	}

	/**
	 * Writes the raw values of buurten as semicolon-separated values with a header line.
	 *
	 * @param model   the numbers
	 * @param columns the columns
	 * @param regions the region indices, in order
	 * @param out     where to write
	 * @param stop    asked before each row whether to stop (the user cancelled)
	 * @return whether all rows were written
	 * @throws IOException when writing fails
	 */
	static boolean csv(IndicatorTableModel model, List<IndicatorTableColumn> columns, int[] regions, Appendable out,
			java.util.function.BooleanSupplier stop) throws IOException {
		for (int c = 0; c < columns.size(); c++) {
			if (c > 0) {
				out.append(CSV_SEPARATOR);
			}
			out.append(quoted(columns.get(c).header(CellMode.RAW)));
		}
		out.append(LINE_END);
		for (int region : regions) {
			if (stop.getAsBoolean()) {
				return false;
			}
			for (int c = 0; c < columns.size(); c++) {
				if (c > 0) {
					out.append(CSV_SEPARATOR);
				}
				out.append(quoted(columns.get(c).cell(model, region, CellMode.RAW, null).export()));
			}
			out.append(LINE_END);
		}
		return true;
	}

	private static String flat(String text) {
		return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	private static String quoted(String text) {
		boolean needsQuotes = text.indexOf(CSV_SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0 || !text.equals(text.strip());
		return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
