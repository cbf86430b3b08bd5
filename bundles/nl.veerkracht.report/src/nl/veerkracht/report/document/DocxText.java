package nl.veerkracht.report.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Small helpers for the DOCX renderer: paragraphs in a style, and texts cleaned of characters XML cannot hold.
 */
final class DocxText {

	private DocxText() {
	}

	/**
	 * @param text any text
	 * @return the text without the control characters XML 1.0 cannot hold (a tab, line feed or carriage return
	 *         becomes a space); every other character stays, Word has fonts for them
	 */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == '\t' || c == '\n' || c == '\r') {
				out.append(' ');
			} else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/**
	 * @param document the document
	 * @param styleId the style of the new paragraph
	 * @return a new paragraph at the end of the document
	 */
	static XWPFParagraph paragraph(XWPFDocument document, String styleId) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(styleId);
		return paragraph;
	}

	/**
	 * Adds a body paragraph.
	 *
	 * @param document the document
	 * @param text its text
	 * @return the paragraph
	 */
	static XWPFParagraph plain(XWPFDocument document, String text) {
		XWPFParagraph paragraph = paragraph(document, DocxStyles.NORMAL);
		paragraph.createRun().setText(clean(text));
		return paragraph;
	}
}
