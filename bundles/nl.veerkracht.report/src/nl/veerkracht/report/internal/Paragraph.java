package nl.veerkracht.report.internal;

/**
 * A paragraph of poster text: an optional bold lead followed by plain text, or an item of a bulleted list.
 *
 * @param lead the bold first words, never null, possibly empty
 * @param body the plain text, never null, possibly empty
 * @param bullet whether the paragraph is a list item, drawn after a bullet with a hanging indent
 */
public record Paragraph(String lead, String body, boolean bullet) {

	/** The bullet a list item is drawn with, followed by a space. */
	public static final String BULLET = "\u2022 ";

	/**
	 * Replaces missing parts by empty strings.
	 */
	public Paragraph {
		lead = lead == null ? "" : lead.strip();
		body = body == null ? "" : body.strip();
	}

	/**
	 * @param lead the bold first words
	 * @param body the plain text
	 */
	public Paragraph(String lead, String body) {
		this(lead, body, false);
	}

	/**
	 * @param body the plain text
	 * @return a paragraph without a lead
	 */
	public static Paragraph plain(String body) {
		return new Paragraph("", body);
	}

	/**
	 * @return whether there is nothing to show
	 */
	public boolean isEmpty() {
		return lead.isEmpty() && body.isEmpty();
	}

	/**
	 * @return the lead and body as one text, separated by a space, after the bullet of a list item
	 */
	public String text() {
		String text = lead.isEmpty() ? body : body.isEmpty() ? lead : lead + " " + body;
		return bullet ? BULLET + text : text;
	}
}
