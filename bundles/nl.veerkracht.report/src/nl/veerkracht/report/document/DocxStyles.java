package nl.veerkracht.report.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the DOCX reports. The headings carry Word's built-in names ("heading 1", "heading 2")
 * and outline levels, so Word treats them as its own headings: the navigation pane lists them and a table of
 * contents inserted in Word picks them up. Colours and sizes follow the PDF.
 */
final class DocxStyles {

	/** The body text. */
	static final String NORMAL = "Normal";
	/** The report title on the first page. */
	static final String TITLE = "Title";
	/** A chapter title. */
	static final String HEADING_1 = "Heading1";
	/** A sub-heading inside a chapter. */
	static final String HEADING_2 = "Heading2";
	/** The heading of the contents list (not a chapter, so not in Word's navigation). */
	static final String CONTENTS_HEADING = "TOCHeading";
	/** An entry of the contents list. */
	static final String CONTENTS_ENTRY = "TOC1";
	/** A caption under a figure. */
	static final String CAPTION = "Caption";

	private static final String ACCENT = "1F4E79";
	private static final String INK = "222222";

	private DocxStyles() {
	}

	/**
	 * Adds the styles to a new document.
	 *
	 * @param document the document
	 */
	static void install(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii("Arial");
		fonts.setHAnsi("Arial");
		fonts.setCs("Arial");
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage("nl-NL");
		add(styles, NORMAL, "Normal", -1, 20, INK, false, 0, 120).setDefault(true);
		add(styles, TITLE, "Title", -1, 56, ACCENT, true, 2400, 480);
		add(styles, HEADING_1, "heading 1", 0, 34, ACCENT, true, 0, 240);
		add(styles, HEADING_2, "heading 2", 1, 23, ACCENT, true, 320, 120);
		add(styles, CONTENTS_HEADING, "TOC Heading", -1, 34, ACCENT, true, 0, 280);
		add(styles, CONTENTS_ENTRY, "toc 1", -1, 24, INK, false, 0, 160);
		CTStyle caption = add(styles, CAPTION, "caption", -1, 17, INK, false, 60, 200);
		caption.getRPr().addNewI();
	}

	private static CTStyle add(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints, String colour,
			boolean bold, int spaceBefore, int spaceAfter) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (!NORMAL.equals(id)) {
			style.addNewBasedOn().setVal(NORMAL);
			style.addNewNext().setVal(NORMAL);
		}
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
		paragraph.getSpacing().setAfter(BigInteger.valueOf(spaceAfter));
		if (outlineLevel >= 0) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
			paragraph.addNewKeepNext();
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		}
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewColor().setVal(colour);
		styles.addStyle(new XWPFStyle(style));
		return style;
	}
}
