package nl.veerkracht.report.document;

import java.util.List;

/**
 * A chapter of the report: numbered, listed in the table of contents, starting on a new PDF page.
 *
 * @param number its number, from 1
 * @param title its title
 * @param blocks its content
 */
public record Chapter(int number, String title, List<Block> blocks) {

	/** Copies the list. */
	public Chapter {
		blocks = List.copyOf(blocks);
	}

	/** @return the numbered title, e.g. "3. Klassen in 2016" */
	public String numberedTitle() {
		return number + ". " + title;
	}
}
