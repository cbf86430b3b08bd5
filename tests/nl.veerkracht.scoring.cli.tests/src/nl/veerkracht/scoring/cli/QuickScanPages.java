package nl.veerkracht.scoring.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a QuickScan PDF back: the text of each page (PDFBox; its pages are rendered by
 * {@link nl.veerkracht.testsupport.PdfPages}).
 */
final class QuickScanPages {

	private QuickScanPages() {
	}

	/**
	 * @param document the PDF
	 * @return the text of every page, in order
	 */
	static List<String> texts(PDDocument document) throws IOException {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int p = 1; p <= document.getNumberOfPages(); p++) {
			stripper.setStartPage(p);
			stripper.setEndPage(p);
			pages.add(stripper.getText(document));
		}
		return pages;
	}
}
