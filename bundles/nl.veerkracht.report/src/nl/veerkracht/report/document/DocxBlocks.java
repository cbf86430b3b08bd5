package nl.veerkracht.report.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes the blocks of a chapter into a Word document, with the same texts as {@link PdfBlocks} draws (the DOCX
 * keeps characters the PDF's standard fonts lack, and never shortens a cell).
 */
final class DocxBlocks {

	/** What a figure without an image says after its caption. */
	static final String FIGURE_IN_PDF = " (De figuur staat in de PDF-versie.)";

	private static final int TWIPS = 20;
	private static final double SMALL = 8.5;
	private static final String HEADER_FILL = "E8EEF4";

	private final XWPFDocument document;
	private BigInteger bulletList;

	/**
	 * @param document the document to write into
	 */
	DocxBlocks(XWPFDocument document) {
		this.document = document;
	}

	/**
	 * Adds a block at the end of the document.
	 *
	 * @param block the block
	 */
	void write(Block block) {
		switch (block) {
		case Block.Paragraph paragraph -> DocxText.plain(document, paragraph.text());
		case Block.Heading heading -> DocxText.paragraph(document, DocxStyles.HEADING_2).createRun()
				.setText(DocxText.clean(heading.text()));
		case Block.Bullets bullets -> {
			for (String item : bullets.items()) {
				XWPFParagraph paragraph = DocxText.plain(document, item);
				paragraph.setNumID(bulletList());
				paragraph.setSpacingAfter(60);
			}
		}
		case Block.Figures figures -> figures(figures.pairs());
		case Block.Table table -> table(table);
		case Block.Graphic graphic -> graphic(graphic);
		}
	}

	private void figures(List<List<String>> pairs) {
		XWPFTable table = document.createTable(pairs.size(), 2);
		table.setWidth("100%");
		for (int r = 0; r < pairs.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			text(row.getCell(0), pairs.get(r).get(0), false, false, 0.62);
			text(row.getCell(1), pairs.get(r).get(1), true, false, 0.38);
		}
		spacer();
	}

	private void table(Block.Table block) {
		List<Column> columns = block.columns();
		int rows = 1 + Math.max(1, block.rows().size());
		XWPFTable table = document.createTable(rows, columns.size());
		table.setWidth("100%");
		float total = 0;
		for (Column column : columns) {
			total += column.width();
		}
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns.size(); c++) {
			XWPFTableCell cell = header.getCell(c);
			cell.setColor(HEADER_FILL);
			text(cell, columns.get(c).header(), true, columns.get(c).numeric(), columns.get(c).width() / total);
		}
		if (block.rows().isEmpty()) {
			XWPFTableRow row = table.getRow(1);
			text(row.getCell(0), block.empty(), false, false, columns.get(0).width() / total);
			for (int c = 1; c < columns.size(); c++) {
				text(row.getCell(c), "", false, false, columns.get(c).width() / total);
			}
		}
		for (int r = 0; r < block.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = block.rows().get(r).get(c);
				XWPFTableCell target = row.getCell(c);
				text(target, cell.text(), false, columns.get(c).numeric(), columns.get(c).width() / total);
				if (cell.swatch() != null) {
					swatch(target, cell.swatch());
				}
			}
		}
		spacer();
	}

	private static void text(XWPFTableCell cell, String text, boolean bold, boolean numeric, double share) {
		cell.setWidth(String.valueOf(Math.round(PdfFlow.TEXT_WIDTH * TWIPS * share)));
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingAfter(0);
		paragraph.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setFontSize(SMALL);
		run.setText(DocxText.clean(text));
	}

	/** A class colour as a thick left border of the cell, as the PDF's swatch stands before the text. */
	private static void swatch(XWPFTableCell cell, Color colour) {
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		CTBorder left = (properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders()).addNewLeft();
		left.setVal(STBorder.SINGLE);
		left.setSz(BigInteger.valueOf(36));
		left.setColor(String.format("%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue()));
	}

	private void graphic(Block.Graphic graphic) {
		int widthPixels = Math.round(PdfFlow.TEXT_WIDTH * 2);
		Optional<BufferedImage> image = graphic.image(widthPixels);
		if (image.isPresent()) {
			picture(image.get());
		}
		XWPFParagraph caption = DocxText.paragraph(document, DocxStyles.CAPTION);
		caption.createRun().setText(DocxText.clean(graphic.caption() + (image.isPresent() ? "" : FIGURE_IN_PDF)));
	}

	private void picture(BufferedImage image) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
			float width = PdfFlow.TEXT_WIDTH;
			float height = width * image.getHeight() / image.getWidth();
			document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
					Document.PICTURE_TYPE_PNG, "figuur.png", Units.toEMU(width), Units.toEMU(height));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InvalidFormatException e) {
			throw new IllegalStateException("a PNG image cannot be added to the Word document", e);
		}
	}

	private void spacer() {
		document.createParagraph().setSpacingAfter(0);
	}

	private BigInteger bulletList() {
		if (bulletList == null) {
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ONE);
			CTLvl level = definition.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewStart().setVal(BigInteger.ONE);
			level.addNewNumFmt().setVal(STNumberFormat.BULLET);
			level.addNewLvlText().setVal("\u2022");
			level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(280));
			level.getPPr().getInd().setHanging(BigInteger.valueOf(280));
			XWPFNumbering numbering = document.createNumbering();
			BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
			bulletList = numbering.addNum(abstractId);
		}
		return bulletList;
	}
}
