package nl.veerkracht.report.document;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes a report as an editable Word document (DOCX) with the same chapters, numbering and texts as its PDF
 * ({@link PdfReport}): a title page; the contents ("Inhoud") as Word's table-of-contents field, which Word updates
 * with the page numbers of its own layout when it opens the document; every chapter on a new page under a real
 * "heading 1" (so Word's navigation pane and the contents field find it), sub-headings as "heading 2", tables as
 * Word tables with a repeated header row, bullets as a Word list, and "pagina n van N" as Word fields in the
 * footer. A4 with the PDF's margins.
 */
public final class DocxReport {

	/** Twentieths of a point per PDF point. */
	private static final int TWIPS = 20;

	/**
	 * The instruction of the contents field: the "heading 1" paragraphs, as hyperlinks, without page numbers
	 * hidden in web view.
	 */
	static final String CONTENTS_FIELD = "TOC \\o \"1-1\" \\h \\z \\u";

	private DocxReport() {
	}

	/**
	 * Renders a report into a new document; the caller writes and closes it.
	 *
	 * @param chapters the chapters, in order
	 * @param title the title on the title page
	 * @param titleLines the lines under the title (subtitle first), in the order of the PDF's title page
	 * @param footerTitle the text at the left of every footer
	 * @return the document
	 */
	public static XWPFDocument render(List<Chapter> chapters, String title, List<String> titleLines, String footerTitle) {
		XWPFDocument document = new XWPFDocument();
		DocxStyles.install(document);
		pageSetup(document);
		DocxText.paragraph(document, DocxStyles.TITLE).createRun().setText(DocxText.clean(title));
		for (String line : titleLines) {
			DocxText.plain(document, line);
		}
		XWPFParagraph contents = DocxText.paragraph(document, DocxStyles.CONTENTS_HEADING);
		contents.setPageBreak(true);
		contents.createRun().setText(PdfReport.INHOUD);
		contents(document, chapters);
		DocxBlocks blocks = new DocxBlocks(document);
		for (Chapter chapter : chapters) {
			XWPFParagraph heading = DocxText.paragraph(document, DocxStyles.HEADING_1);
			heading.setPageBreak(true);
			heading.createRun().setText(DocxText.clean(chapter.numberedTitle()));
			for (Block block : chapter.blocks()) {
				blocks.write(block);
			}
		}
		footer(document, footerTitle);
		return document;
	}

	/**
	 * The contents list as Word's own table-of-contents field over the "heading 1" chapters: its entries are
	 * written as the field's current result (so a reader that does not update fields shows the chapters), and the
	 * document asks Word to update its fields when opened, which adds the page numbers of Word's own layout and
	 * keeps them right after the memo is edited.
	 */
	private static void contents(XWPFDocument document, List<Chapter> chapters) {
		for (int i = 0; i < chapters.size(); i++) {
			XWPFParagraph entry = DocxText.paragraph(document, DocxStyles.CONTENTS_ENTRY);
			if (i == 0) {
				entry.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
				entry.createRun().getCTR().addNewInstrText().setStringValue(" " + CONTENTS_FIELD + " ");
				entry.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
			}
			entry.createRun().setText(DocxText.clean(chapters.get(i).numberedTitle()));
			if (i == chapters.size() - 1) {
				entry.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
			}
		}
		if (!chapters.isEmpty()) {
			document.enforceUpdateFields();
		}
	}

	private static void pageSetup(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(Math.round(PdfFlow.WIDTH * TWIPS)));
		size.setH(BigInteger.valueOf(Math.round(PdfFlow.HEIGHT * TWIPS)));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger side = BigInteger.valueOf(Math.round(PdfFlow.MARGIN * TWIPS));
		margins.setLeft(side);
		margins.setRight(side);
		margins.setTop(BigInteger.valueOf(Math.round((PdfFlow.HEIGHT - PdfFlow.TOP) * TWIPS)));
		margins.setBottom(BigInteger.valueOf(Math.round(PdfFlow.BOTTOM * TWIPS)));
		margins.setFooter(BigInteger.valueOf(36 * TWIPS));
		margins.setHeader(BigInteger.valueOf(36 * TWIPS));
	}

	private static void footer(XWPFDocument document, String footerTitle) {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.LEFT);
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTTabStop right = properties.addNewTabs().addNewTab();
		right.setPos(BigInteger.valueOf(Math.round(PdfFlow.TEXT_WIDTH * TWIPS)));
		right.setVal(STTabJc.RIGHT);
		small(paragraph).setText(DocxText.clean(footerTitle));
		small(paragraph).addTab();
		small(paragraph).setText("pagina ");
		field(paragraph, "PAGE");
		small(paragraph).setText(" van ");
		field(paragraph, "NUMPAGES");
	}

	private static void field(XWPFParagraph paragraph, String instruction) {
		small(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		small(paragraph).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		small(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		small(paragraph).setText("1");
		small(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static XWPFRun small(XWPFParagraph paragraph) {
		XWPFRun run = paragraph.createRun();
		run.setFontSize(8);
		return run;
	}
}
