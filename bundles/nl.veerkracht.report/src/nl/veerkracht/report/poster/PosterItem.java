package nl.veerkracht.report.poster;

/**
 * One entry of a list on the poster: a status note, a key project or a dilemma.
 *
 * @param title the bold first words, never null
 * @param text the explanation after the title, never null, possibly empty
 */
public record PosterItem(String title, String text) {

	/**
	 * Replaces missing parts by empty strings.
	 */
	public PosterItem {
		title = title == null ? "" : title.strip();
		text = text == null ? "" : text.strip();
	}
}
