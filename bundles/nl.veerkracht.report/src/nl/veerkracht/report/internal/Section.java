package nl.veerkracht.report.internal;

import java.util.List;

/**
 * A titled piece of poster text.
 *
 * @param heading the heading
 * @param paragraphs the text
 */
public record Section(String heading, List<Paragraph> paragraphs) {

	/**
	 * Copies the paragraphs.
	 */
	public Section {
		paragraphs = List.copyOf(paragraphs);
	}
}
