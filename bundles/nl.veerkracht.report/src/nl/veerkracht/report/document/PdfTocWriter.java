package nl.veerkracht.report.document;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes the table of contents page and the page footers, which are drawn after the chapters are laid out
 * (only then are the page numbers known).
 */
public final class PdfTocWriter {

	private static final float ENTRY = 22;
	private static final Color DOTS = new Color(0x99, 0x99, 0x99);

	private final PdfFlow flow;
	private final PDPageContentStream stream;
	private float y = PdfFlow.TOP;

	/**
	 * @param flow the flow whose fonts and measures to use
	 * @param stream the content stream of the contents page
	 */
	public PdfTocWriter(PdfFlow flow, PDPageContentStream stream) {
		this.flow = flow;
		this.stream = stream;
	}

	/**
	 * Writes the page's heading.
	 *
	 * @param title the heading
	 * @throws IOException if it cannot be written
	 */
	public void heading(String title) throws IOException {
		y -= 18;
		text(stream, title, flow.bold, 17, PdfFlow.ACCENT, PdfFlow.MARGIN, y);
		y -= 8;
		stream.setStrokingColor(PdfFlow.ACCENT);
		stream.setLineWidth(0.8f);
		stream.moveTo(PdfFlow.MARGIN, y);
		stream.lineTo(PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH, y);
		stream.stroke();
		y -= 14;
	}

	/**
	 * Writes an entry: the title, a dotted leader and the page number.
	 *
	 * @param title the chapter's numbered title
	 * @param page its page number, from 1
	 * @return the baseline of the entry
	 * @throws IOException if it cannot be written
	 */
	public float entry(String title, int page) throws IOException {
		y -= ENTRY;
		String number = String.valueOf(page);
		float numberWidth = flow.width(number, flow.regular, 12);
		String fitted = flow.fit(title, flow.regular, 12, PdfFlow.TEXT_WIDTH - 60);
		float titleWidth = flow.width(fitted, flow.regular, 12);
		text(stream, fitted, flow.regular, 12, PdfFlow.INK, PdfFlow.MARGIN, y);
		text(stream, number, flow.regular, 12, PdfFlow.INK, PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH - numberWidth, y);
		float dotsFrom = PdfFlow.MARGIN + titleWidth + 6;
		float dotsTo = PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH - numberWidth - 6;
		float dot = flow.width(".", flow.regular, 12) * 2;
		StringBuilder dots = new StringBuilder();
		for (float x = dotsFrom; x + dot <= dotsTo; x += dot) {
			dots.append(". ");
		}
		float dotsWidth = flow.width(dots.toString(), flow.regular, 12);
		text(stream, dots.toString(), flow.regular, 12, DOTS, dotsTo - dotsWidth, y);
		return y;
	}

	/**
	 * Writes a page's footer: the report title left, the page number right, above a thin rule.
	 *
	 * @param flow the flow whose fonts and measures to use
	 * @param stream the page's content stream (appended)
	 * @param title the report title
	 * @param pageText e.g. "pagina 3 van 18"
	 * @throws IOException if it cannot be written
	 */
	public static void footer(PdfFlow flow, PDPageContentStream stream, String title, String pageText) throws IOException {
		float y = 36;
		stream.setStrokingColor(DOTS);
		stream.setLineWidth(0.4f);
		stream.moveTo(PdfFlow.MARGIN, y + 12);
		stream.lineTo(PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH, y + 12);
		stream.stroke();
		text(stream, flow.fit(title, flow.regular, 8, PdfFlow.TEXT_WIDTH - 100), flow.regular, 8, PdfFlow.INK,
				PdfFlow.MARGIN, y);
		float width = flow.width(pageText, flow.regular, 8);
		text(stream, pageText, flow.regular, 8, PdfFlow.INK, PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH - width, y);
	}

	private static void text(PDPageContentStream stream, String text, PDFont font, float size, Color colour, float x,
			float baseline) throws IOException {
		stream.beginText();
		stream.setNonStrokingColor(colour);
		stream.setFont(font, size);
		stream.newLineAtOffset(x, baseline);
		stream.showText(PdfFlow.printable(text));
		stream.endText();
	}
}
