package nl.veerkracht.report.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps paragraphs word by word into a box of fixed width with {@link LineBreakMeasurer}. Every line of a
 * paragraph's body is a paragraph of its own; a line starting with a bullet or a dash and a space ("\u2022 ",
 * "- ") is an item of a bulleted list, drawn after a bullet with a hanging indent (the convention of the
 * wijkschets editor's text fields). When the text is too
 * tall, the font shrinks step by step down to a minimum legible size; when it still does not fit, the box ends with
 * a visible marker line instead of being cut silently.
 */
public final class TextFitter {

	/** The font family of all poster text; PDF output maps it to Helvetica. */
	public static final String FAMILY = Font.SANS_SERIF;

	/** Line height as a multiple of the font size. */
	public static final float LEADING = 1.28f;

	/** Space after a paragraph as a multiple of the font size. */
	public static final float PARAGRAPH_SPACE = 0.45f;

	private static final float STEP = 0.5f;

	private final FontRenderContext context;

	/**
	 * @param context the font measurements to lay out with; drawing must use the same metrics
	 */
	public TextFitter(FontRenderContext context) {
		this.context = context;
	}

	/**
	 * Fits paragraphs into a box.
	 *
	 * @param paragraphs the paragraphs, empty ones skipped
	 * @param width the width of the box, in points
	 * @param height the height of the box, in points
	 * @param size the preferred font size
	 * @param minSize the smallest legible font size
	 * @param marker the text of the last line when the text does not fit at {@code minSize}
	 * @param markerColour the colour of the marker line
	 * @return the lines that fit
	 */
	public TextFit fit(List<Paragraph> paragraphs, double width, double height, float size, float minSize,
			String marker, Color markerColour) {
		for (float s = size; s >= minSize - 1e-3f; s -= STEP) {
			List<TextLine> lines = layout(paragraphs, width, s, 0, null);
			float used = heightOf(lines, s);
			if (used <= height) {
				return new TextFit(lines, s, used, false);
			}
		}
		List<TextLine> all = layout(paragraphs, width, minSize, 0, null);
		float lineHeight = minSize * LEADING;
		List<TextLine> kept = new ArrayList<>();
		for (TextLine line : all) {
			float bottomWithMarker = line.baseline() + lineHeight + minSize * 0.3f;
			if (bottomWithMarker > height) {
				break;
			}
			kept.add(line);
		}
		float markerBaseline = kept.isEmpty() ? minSize : kept.get(kept.size() - 1).baseline() + lineHeight;
		AttributedString text = styled(new Paragraph(marker, ""), minSize, true);
		kept.add(new TextLine(text, 0, marker.length(), markerBaseline, markerColour));
		return new TextFit(kept, minSize, markerBaseline + minSize * 0.3f, true);
	}

	/**
	 * Lays out paragraphs at one size without a height limit.
	 *
	 * @param paragraphs the paragraphs, empty ones skipped
	 * @param width the width of the box, in points
	 * @param size the font size
	 * @param firstBaseline added to every baseline (the top of the text below the top of the box)
	 * @param colour the colour of the lines, or null for the colour of the graphics
	 * @return the lines, their baselines measured from the top of the box
	 */
	public List<TextLine> layout(List<Paragraph> paragraphs, double width, float size, float firstBaseline,
			Color colour) {
		List<TextLine> lines = new ArrayList<>();
		float lineHeight = size * LEADING;
		float y = firstBaseline;
		boolean first = true;
		for (Paragraph paragraph : split(paragraphs)) {
			if (!first) {
				y += size * PARAGRAPH_SPACE;
			}
			first = false;
			AttributedString text = styled(paragraph, size, false);
			int length = paragraph.text().length();
			float hanging = paragraph.bullet() ? hangingIndent(size) : 0;
			LineBreakMeasurer measurer = new LineBreakMeasurer(text.getIterator(), context);
			while (measurer.getPosition() < length) {
				int start = measurer.getPosition();
				float indent = start == 0 ? 0 : hanging;
				measurer.nextLayout((float) width - indent);
				y += lineHeight;
				lines.add(new TextLine(text, start, measurer.getPosition(), y - (lineHeight - size) - size * 0.2f,
						colour, indent));
			}
		}
		return lines;
	}

	/**
	 * @param lines laid-out lines
	 * @param size their font size
	 * @return the height from the top of the box to below the last line
	 */
	public static float heightOf(List<TextLine> lines, float size) {
		return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).baseline() + size * 0.3f;
	}

	/**
	 * @param size a font size
	 * @param bold whether bold
	 * @return the poster font
	 */
	public static Font font(float size, boolean bold) {
		return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
	}

	private float hangingIndent(float size) {
		return (float) font(size, false).getStringBounds(Paragraph.BULLET, context).getWidth();
	}

	private static List<Paragraph> split(List<Paragraph> paragraphs) {
		List<Paragraph> result = new ArrayList<>();
		for (Paragraph paragraph : paragraphs) {
			String[] parts = paragraph.body().split("\\R\\s*");
			String lead = paragraph.lead();
			for (String part : parts) {
				boolean bullet = lead.isEmpty() && (part.startsWith(Paragraph.BULLET) || part.startsWith("- "));
				String body = bullet ? part.substring(2) : part;
				Paragraph piece = new Paragraph(lead, body.replaceAll("\\s+", " "), bullet || paragraph.bullet());
				lead = "";
				if (!piece.isEmpty()) {
					result.add(piece);
				}
			}
		}
		return result;
	}

	private static AttributedString styled(Paragraph paragraph, float size, boolean allBold) {
		String text = paragraph.text();
		AttributedString styled = new AttributedString(text);
		styled.addAttribute(TextAttribute.FONT, font(size, allBold));
		if (!paragraph.lead().isEmpty() && !allBold) {
			int offset = paragraph.bullet() ? Paragraph.BULLET.length() : 0;
			styled.addAttribute(TextAttribute.FONT, font(size, true), offset, offset + paragraph.lead().length());
		}
		return styled;
	}
}
