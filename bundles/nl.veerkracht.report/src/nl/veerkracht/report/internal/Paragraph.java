package nl.veerkracht.report.internal;

/**
 * A paragraph of poster text: an optional bold lead followed by plain text.
 *
 * @param lead the bold first words, never null, possibly empty
 * @param body the plain text, never null, possibly empty
 */
public record Paragraph(String lead, String body) {

	/**
	 * Replaces missing parts by empty strings.
	 */
	public Paragraph {
		lead = lead == null ? "" : lead.strip();
		body = body == null ? "" : body.strip();
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
	 * @return the lead and body as one text, separated by a space
	 */
	public String text() {
		return lead.isEmpty() ? body : body.isEmpty() ? lead : lead + " " + body;
	}
}
