package nl.veerkracht.report.quickscan.internal;

import java.util.List;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Column;

/**
 * Writes the blocks of a chapter as XHTML.
 */
public final class HtmlBlocks {

	private HtmlBlocks() {
	}

	/**
	 * @param html where to write
	 * @param block the block
	 */
	public static void write(StringBuilder html, Block block) {
		switch (block) {
		case Block.Paragraph paragraph -> html.append("<p>").append(Xml.escape(paragraph.text())).append("</p>\n");
		case Block.Heading heading -> html.append("<h3>").append(Xml.escape(heading.text())).append("</h3>\n");
		case Block.Bullets bullets -> {
			html.append("<ul>\n");
			for (String item : bullets.items()) {
				html.append("<li>").append(Xml.escape(item)).append("</li>\n");
			}
			html.append("</ul>\n");
		}
		case Block.Figures figures -> {
			html.append("<table class=\"figures\">\n");
			for (List<String> pair : figures.pairs()) {
				html.append("<tr><th scope=\"row\">").append(Xml.escape(pair.get(0))).append("</th><td>")
						.append(Xml.escape(pair.get(1))).append("</td></tr>\n");
			}
			html.append("</table>\n");
		}
		case Block.Table table -> table(html, table);
		case MapBlock map -> SvgMap.write(html, map.map(), map.caption());
		case ProfileBlock profile -> SvgProfile.write(html, profile.sheet());
		case Block.Graphic graphic -> html.append("<p>").append(Xml.escape(graphic.caption())).append("</p>\n");
		}
	}

	private static void table(StringBuilder html, Block.Table table) {
		html.append("<table>\n<thead><tr>");
		for (Column column : table.columns()) {
			html.append(column.numeric() ? "<th class=\"num\">" : "<th>").append(Xml.escape(column.header())).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (List<Cell> row : table.rows()) {
			html.append("<tr>");
			for (int c = 0; c < row.size(); c++) {
				Cell cell = row.get(c);
				html.append(table.columns().get(c).numeric() ? "<td class=\"num\">" : "<td>");
				if (cell.swatch() != null) {
					html.append("<span class=\"swatch\" style=\"background:").append(Svg.colour(cell.swatch())).append("\"></span>");
				}
				html.append(Xml.escape(cell.text())).append("</td>");
			}
			html.append("</tr>\n");
		}
		if (table.rows().isEmpty()) {
			html.append("<tr><td colspan=\"").append(table.columns().size()).append("\">").append(Xml.escape(table.empty())).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}
}
