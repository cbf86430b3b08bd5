package nl.veerkracht.report.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the blocks of a chapter into the PDF flow.
 */
public final class PdfBlocks {

	private static final float BODY = 10;
	private static final float SMALL = 8.5f;
	private static final float ROW = 15;
	private static final float LINE = SMALL * 1.3f;
	private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
	private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

	private final PdfFlow flow;

	/**
	 * @param flow the flow to draw into
	 */
	public PdfBlocks(PdfFlow flow) {
		this.flow = flow;
	}

	/**
	 * Draws a block at the cursor.
	 *
	 * @param block the block
	 * @throws IOException if it cannot be written
	 */
	public void draw(Block block) throws IOException {
		switch (block) {
		case Block.Paragraph paragraph -> {
			flow.paragraph(paragraph.text(), flow.regular, BODY, PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH);
			flow.down(6);
		}
		case Block.Heading heading -> {
			flow.need(40);
			flow.down(16);
			flow.text(heading.text(), flow.bold, 11.5f, PdfFlow.ACCENT, PdfFlow.MARGIN, flow.y());
			flow.down(6);
		}
		case Block.Bullets bullets -> {
			for (String item : bullets.items()) {
				flow.need(BODY * 1.4f);
				flow.text("\u2022", flow.regular, BODY, PdfFlow.INK, PdfFlow.MARGIN + 3, flow.y() - BODY * 1.4f + BODY * 0.3f);
				flow.paragraph(item, flow.regular, BODY, PdfFlow.MARGIN + 14, PdfFlow.TEXT_WIDTH - 14);
				flow.down(3);
			}
			flow.down(4);
		}
		case Block.Figures figures -> figures(figures.pairs());
		case Block.Table table -> table(table);
		case Block.Graphic graphic -> graphic.drawPdf(flow);
		}
	}

	private void figures(List<List<String>> pairs) throws IOException {
		float labelWidth = PdfFlow.TEXT_WIDTH * 0.62f;
		for (List<String> pair : pairs) {
			flow.need(20);
			flow.down(17);
			flow.text(flow.fit(pair.get(0), flow.regular, BODY, labelWidth - 8), flow.regular, BODY, PdfFlow.INK,
					PdfFlow.MARGIN, flow.y() + 4);
			flow.text(flow.fit(pair.get(1), flow.bold, BODY, PdfFlow.TEXT_WIDTH - labelWidth), flow.bold, BODY,
					PdfFlow.ACCENT, PdfFlow.MARGIN + labelWidth, flow.y() + 4);
			flow.line(PdfFlow.MARGIN, flow.y(), PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH, flow.y(), 0.4f, RULE);
		}
		flow.down(10);
	}

	private void table(Block.Table table) throws IOException {
		List<Column> columns = table.columns();
		float total = 0;
		for (Column column : columns) {
			total += column.width();
		}
		float[] widths = new float[columns.size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = PdfFlow.TEXT_WIDTH * columns.get(c).width() / total;
		}
		flow.need(ROW * Math.min(3, table.rows().size() + 1));
		header(columns, widths);
		for (List<Cell> row : table.rows()) {
			List<List<String>> lines = lines(row, columns, widths);
			int count = lines.stream().mapToInt(List::size).max().orElse(1);
			float height = ROW + (count - 1) * LINE;
			if (flow.y() - height < PdfFlow.BOTTOM) {
				flow.newPage();
				header(columns, widths);
			}
			flow.down(height);
			float x = PdfFlow.MARGIN;
			for (int c = 0; c < widths.length; c++) {
				cell(row.get(c), lines.get(c), columns.get(c), x, widths[c], height);
				x += widths[c];
			}
			flow.line(PdfFlow.MARGIN, flow.y(), PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH, flow.y(), 0.3f, RULE);
		}
		if (table.rows().isEmpty()) {
			flow.down(ROW);
			flow.text(table.empty(), flow.regular, SMALL, PdfFlow.INK, PdfFlow.MARGIN + 3, flow.y() + 4);
		}
		flow.down(10);
	}

	private void header(List<Column> columns, float[] widths) throws IOException {
		flow.down(ROW + 2);
		flow.fill(PdfFlow.MARGIN, flow.y(), PdfFlow.TEXT_WIDTH, ROW + 2, HEADER_FILL);
		float x = PdfFlow.MARGIN;
		for (int c = 0; c < widths.length; c++) {
			String text = flow.fit(columns.get(c).header(), flow.bold, SMALL, widths[c] - 6);
			float left = columns.get(c).numeric() ? x + widths[c] - 3 - flow.width(text, flow.bold, SMALL) : x + 3;
			flow.text(text, flow.bold, SMALL, PdfFlow.INK, left, flow.y() + 5);
			x += widths[c];
		}
	}

	/** The lines of each cell of a row: one for a column that does not wrap, as many as needed for one that does. */
	private List<List<String>> lines(List<Cell> row, List<Column> columns, float[] widths) throws IOException {
		List<List<String>> lines = new ArrayList<>();
		for (int c = 0; c < widths.length; c++) {
			Cell cell = row.get(c);
			float width = widths[c] - (cell.swatch() != null ? 17 : 6);
			if (columns.get(c).wraps() && !cell.text().isBlank()) {
				lines.add(flow.wrap(cell.text(), flow.regular, SMALL, width));
			} else {
				lines.add(List.of(flow.fit(cell.text(), flow.regular, SMALL, width)));
			}
		}
		return lines;
	}

	private void cell(Cell cell, List<String> lines, Column column, float x, float width, float height)
			throws IOException {
		float inset = 3;
		float top = flow.y() + height;
		if (cell.swatch() != null) {
			flow.fill(x + inset, top - ROW + 3.5f, 8, 8, cell.swatch());
			flow.stream().setStrokingColor(RULE);
			flow.stream().setLineWidth(0.4f);
			flow.stream().addRect(x + inset, top - ROW + 3.5f, 8, 8);
			flow.stream().stroke();
			inset += 11;
		}
		float baseline = top - ROW + 4.5f;
		for (String text : lines) {
			float left = column.numeric() ? x + width - 3 - flow.width(text, flow.regular, SMALL) : x + inset;
			flow.text(text, flow.regular, SMALL, PdfFlow.INK, left, baseline);
			baseline -= LINE;
		}
	}
}
