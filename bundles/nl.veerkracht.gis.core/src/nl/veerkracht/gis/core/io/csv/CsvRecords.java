package nl.veerkracht.gis.core.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of cells: cells are separated by the delimiter, may be quoted with
 * {@code "} (a doubled {@code ""} inside quotes is one quote) and quoted cells may span lines. Blank
 * lines are skipped.
 */
final class CsvRecords {

	/**
	 * One record.
	 *
	 * @param line  the 1-based line where it starts
	 * @param end   the character offset just past it
	 * @param cells its cells, unquoted but not trimmed
	 */
	record CsvRecord(int line, int end, List<String> cells) {
	}

	/** Thrown for a quote that is never closed. */
	static final class UnclosedQuoteException extends Exception {

		private static final long serialVersionUID = 1L;

		final int line;

		UnclosedQuoteException(int line) {
			super("a quoted value that starts here is never closed");
			this.line = line;
		}
	}

	private final String text;
	private final char delimiter;
	private int position;
	private int line = 1;

	CsvRecords(String text, char delimiter) {
		this.text = text;
		this.delimiter = delimiter;
	}

	/** @return the next non-blank record, or null at the end */
	CsvRecord next() throws UnclosedQuoteException {
		while (position < text.length()) {
			int startLine = line;
			List<String> cells = record();
			boolean blank = cells.size() == 1 && cells.get(0).isBlank();
			if (!blank) {
				return new CsvRecord(startLine, position, cells);
			}
		}
		return null;
	}

	private List<String> record() throws UnclosedQuoteException {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int quoteLine = line;
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (quoted) {
				if (c == '"') {
					if (position < text.length() && text.charAt(position) == '"') {
						cell.append('"');
						position++;
					} else {
						quoted = false;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			} else if (c == '"' && cell.toString().isBlank()) {
				cell.setLength(0);
				quoted = true;
				quoteLine = line;
			} else if (c == delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
					position++;
				}
				line++;
				cells.add(cell.toString());
				return cells;
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new UnclosedQuoteException(quoteLine);
		}
		cells.add(cell.toString());
		return cells;
	}
}
