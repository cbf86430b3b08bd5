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
 * ({@link PdfReport}): a title page, a written contents list of the numbered chapters ("Inhoud"), every chapter
 * on a new page under a real "heading 1" (so Word's navigation pane and a table of contents inserted in Word
 * find it), sub-headings as "heading 2", tables as Word tables with a repeated header row, bullets as a Word
 * list, and "pagina n van N" as Word fields in the footer. A4 with the PDF's margins.
 */
public final class DocxReport {

	/** Twentieths of a point per PDF point. */
	private static final int TWIPS = 20;

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
		for (Chapter chapter : chapters) {
			DocxText.paragraph(document, DocxStyles.CONTENTS_ENTRY).createRun()
					.setText(DocxText.clean(chapter.numberedTitle()));
		}
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
