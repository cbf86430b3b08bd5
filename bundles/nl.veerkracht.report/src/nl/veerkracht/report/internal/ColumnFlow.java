package nl.veerkracht.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Flows sections of text through the columns of as many pages as they need, for the continuation pages where the
 * full texts of the poster boxes are printed.
 */
public final class ColumnFlow {

	/**
	 * A line placed on a page.
	 *
	 * @param line the line, its baseline relative to {@code top}
	 * @param x the left of its column
	 * @param top the origin its baseline is measured from
	 */
	public record Placed(TextLine line, double x, double top) {

		/**
		 * Draws the line.
		 *
		 * @param g the graphics, in points
		 */
		public void paint(Graphics2D g) {
			line.paint(g, x, top);
		}
	}

	private static final float SECTION_SPACE = 16;

	private ColumnFlow() {
	}

	/**
	 * Flows the sections.
	 *
	 * @param fitter the text layout
	 * @param sections the sections in reading order
	 * @param columns the columns of one page, in reading order
	 * @param headingSize the font size of the headings
	 * @param bodySize the font size of the text
	 * @param headingColour the colour of the headings
	 * @return the lines of every page, at least one page
	 */
	public static List<List<Placed>> flow(TextFitter fitter, List<Section> sections, List<Rectangle2D> columns,
			float headingSize, float bodySize, Color headingColour) {
		List<List<Placed>> pages = new ArrayList<>();
		List<Placed> page = new ArrayList<>();
		pages.add(page);
		int column = 0;
		Rectangle2D box = columns.get(0);
		double cursor = box.getY();
		boolean columnEmpty = true;
		for (Section section : sections) {
			double width = box.getWidth();
			List<TextLine> lines = new ArrayList<>(
					fitter.layout(List.of(new Paragraph(section.heading(), "")), width, headingSize, 0, headingColour));
			float bodyTop = TextFitter.heightOf(lines, headingSize) + 4;
			lines.addAll(fitter.layout(section.paragraphs(), width, bodySize, bodyTop, null));
			double origin = cursor + (columnEmpty ? 0 : SECTION_SPACE);
			for (TextLine line : lines) {
				if (origin + line.baseline() + bodySize * 0.3 > box.getMaxY() && !columnEmpty) {
					column++;
					if (column == columns.size()) {
						column = 0;
						page = new ArrayList<>();
						pages.add(page);
					}
					box = columns.get(column);
					origin = box.getY() + headingSize - line.baseline();
				}
				page.add(new Placed(line, box.getX(), origin));
				columnEmpty = false;
				cursor = origin + line.baseline() + bodySize * 0.3;
			}
		}
		return pages;
	}
}
