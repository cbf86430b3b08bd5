package nl.veerkracht.cbs.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a delimiter-separated text file into cells. A cell may be quoted with {@code "}; a
 * doubled quote inside a quoted cell stands for one quote. Cells are returned as found (not trimmed).
 */
public final class DelimitedLine {

	private DelimitedLine() {
	}

	/**
	 * Splits a line.
	 *
	 * @param line the line without its line terminator
	 * @param delimiter the cell separator, for example {@code ';'}
	 * @return the cells; an empty line gives one empty cell
	 * @throws IllegalArgumentException if a quoted cell is not closed on this line
	 */
	public static List<String> split(String line, char delimiter) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			} else if (c == delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("a quoted cell is not closed before the end of the line");
		}
		cells.add(cell.toString());
		return cells;
	}
}
