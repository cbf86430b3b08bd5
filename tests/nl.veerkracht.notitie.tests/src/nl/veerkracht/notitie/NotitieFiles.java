package nl.veerkracht.notitie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import nl.veerkracht.report.document.PdfFlow;

/**
 * Reads a written notitie back: the PDF's text and bookmarks, and the DOCX through POI (its pages are rendered by
 * {@link nl.veerkracht.testsupport.PdfPages}).
 */
final class NotitieFiles {

	private NotitieFiles() {
	}

	/**
	 * @return the PDF's whole text without the page footers, white space collapsed to single spaces, so that a
	 *         paragraph broken across pages reads as one
	 */
	static String pdfText(Path pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		for (String page : pageTexts(pdf)) {
			pages.add(page.replaceFirst(" ?" + NotitieBuilder.TITLE + " [^\u00b7]*\u00b7 \\d{4}\u2013\\d{4} pagina \\d+ van \\d+$", ""));
		}
		return String.join(" ", pages);
	}

	/** @return the text of every page, white space collapsed */
	static List<String> pageTexts(Path pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(normal(stripper.getText(document)));
			}
		}
		return pages;
	}

	/** @return the titles of the PDF's bookmarks, in order */
	static List<String> bookmarks(Path pdf) throws IOException {
		List<String> titles = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
			}
		}
		return titles;
	}

	/** @return the DOCX, read by POI */
	static XWPFDocument docx(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	/**
	 * @param text a text from the DOCX
	 * @return as the PDF prints it: characters outside its standard fonts as '?', white space collapsed
	 */
	static String asPdf(String text) {
		return normal(PdfFlow.printable(text));
	}

	static String normal(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}
}
