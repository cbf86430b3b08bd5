package nl.veerkracht.report.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import nl.veerkracht.report.internal.PosterFontTextDrawer;

/**
 * Flows the report down A4 portrait pages: a cursor that moves down as text and figures are placed and
 * starts a new page when the next part does not fit. Text is real PDF text in the standard Helvetica fonts
 * (searchable; characters those fonts lack print as '?'). Coordinates are PDF points, y up.
 */
public final class PdfFlow implements AutoCloseable {

	/** The page width (A4). */
	public static final float WIDTH = PDRectangle.A4.getWidth();
	/** The page height (A4). */
	public static final float HEIGHT = PDRectangle.A4.getHeight();
	/** The left and right margin. */
	public static final float MARGIN = 56;
	/** The top of the text area. */
	public static final float TOP = HEIGHT - 56;
	/** The bottom of the text area (the footer lies below). */
	public static final float BOTTOM = 64;
	/** The width of the text area. */
	public static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
	/** Dark text colour. */
	public static final Color INK = new Color(0x22, 0x22, 0x22);
	/** Accent colour of headings and rules. */
	public static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);

	/** The regular font. */
	public final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	/** The bold font. */
	public final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDDocument document;
	private PDPageContentStream stream;
	private float y;

	/**
	 * @param document the document to add pages to
	 */
	public PdfFlow(PDDocument document) {
		this.document = document;
	}

	/**
	 * Closes the current page and starts a new one, with the cursor at the top.
	 *
	 * @throws IOException if the page cannot be written
	 */
	public void newPage() throws IOException {
		close();
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = TOP;
	}

	/** @return the index of the current page, from 0 */
	public int pageIndex() {
		return document.getNumberOfPages() - 1;
	}

	/** @return the cursor: the top of the free space, in points from the bottom */
	public float y() {
		return y;
	}

	/**
	 * Moves the cursor down.
	 *
	 * @param height points
	 */
	public void down(float height) {
		y -= height;
	}

	/**
	 * Starts a new page unless the free space holds this height.
	 *
	 * @param height points
	 * @throws IOException if the page cannot be written
	 */
	public void need(float height) throws IOException {
		if (y - height < BOTTOM) {
			newPage();
		}
	}

	/** @return the document the flow adds pages to, e.g. to create an image in it */
	public PDDocument document() {
		return document;
	}

	/** @return the current page's content stream */
	public PDPageContentStream stream() {
		return stream;
	}

	/**
	 * @param text any text
	 * @return the text with characters the standard fonts cannot show replaced (white space by a space, others
	 *         by '?')
	 */
	public static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(PosterFontTextDrawer.isStandard(c) ? c : Character.isWhitespace(c) ? ' ' : '?');
		}
		return out.toString();
	}

	/**
	 * @param text a text
	 * @param font the font
	 * @param size the size in points
	 * @return its width in points
	 * @throws IOException if the font cannot measure
	 */
	public float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(printable(text)) / 1000 * size;
	}

	/**
	 * Draws one line of text.
	 *
	 * @param text the text
	 * @param font the font
	 * @param size the size
	 * @param colour the colour
	 * @param x the left of the text
	 * @param baseline the baseline
	 * @throws IOException if it cannot be written
	 */
	public void text(String text, PDFont font, float size, Color colour, float x, float baseline) throws IOException {
		stream.beginText();
		stream.setNonStrokingColor(colour);
		stream.setFont(font, size);
		stream.newLineAtOffset(x, baseline);
		stream.showText(printable(text));
		stream.endText();
	}

	/**
	 * Shortens a text with an ellipsis until it fits a width.
	 *
	 * @param text the text
	 * @param font the font
	 * @param size the size
	 * @param width the width available
	 * @return the text, shortened when needed
	 * @throws IOException if the font cannot measure
	 */
	public String fit(String text, PDFont font, float size, float width) throws IOException {
		if (width(text, font, size) <= width) {
			return text;
		}
		String shorter = text;
		while (!shorter.isEmpty() && width(shorter + "\u2026", font, size) > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter.strip() + "\u2026";
	}

	/**
	 * Breaks a text into lines of at most a width, at spaces (a word longer than the width is cut).
	 *
	 * @param text the text
	 * @param font the font
	 * @param size the size
	 * @param width the width
	 * @return the lines
	 * @throws IOException if the font cannot measure
	 */
	public List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			line.setLength(0);
			line.append(width(word, font, size) <= width ? word : fit(word, font, size, width));
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * Flows a paragraph at the cursor, breaking to a new page between lines when needed.
	 *
	 * @param text the text
	 * @param font the font
	 * @param size the size
	 * @param x the left
	 * @param width the width
	 * @throws IOException if it cannot be written
	 */
	public void paragraph(String text, PDFont font, float size, float x, float width) throws IOException {
		float leading = size * 1.4f;
		for (String line : wrap(text, font, size, width)) {
			need(leading);
			y -= leading;
			text(line, font, size, INK, x, y + size * 0.3f);
		}
	}

	/**
	 * Fills a rectangle.
	 *
	 * @param x left
	 * @param bottom bottom
	 * @param w width
	 * @param h height
	 * @param colour fill
	 * @throws IOException if it cannot be written
	 */
	public void fill(float x, float bottom, float w, float h, Color colour) throws IOException {
		stream.setNonStrokingColor(colour);
		stream.addRect(x, bottom, w, h);
		stream.fill();
	}

	/**
	 * Draws a line.
	 *
	 * @param x1 start x
	 * @param y1 start y
	 * @param x2 end x
	 * @param y2 end y
	 * @param width line width
	 * @param colour colour
	 * @throws IOException if it cannot be written
	 */
	public void line(float x1, float y1, float x2, float y2, float width, Color colour) throws IOException {
		stream.setStrokingColor(colour);
		stream.setLineWidth(width);
		stream.moveTo(x1, y1);
		stream.lineTo(x2, y2);
		stream.stroke();
	}

	@Override
	public void close() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}
}
