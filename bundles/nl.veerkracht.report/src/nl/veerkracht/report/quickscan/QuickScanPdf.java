package nl.veerkracht.report.quickscan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.document.PdfReport;
import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.internal.QuickScanOutline;

/**
 * Writes the QuickScan as a PDF (A4 portrait): a title page, the table of contents with page numbers (and
 * links), then every chapter on a new page; each page but the title carries the title and "pagina n van N".
 * Text is real, searchable PDF text; maps and charts are vectors. Written safely: into a temporary file beside
 * the target, moved into place when complete.
 */
public final class QuickScanPdf {

	/** The title of the table of contents. */
	public static final String INHOUD = PdfReport.INHOUD;

	private QuickScanPdf() {
	}

	/**
	 * Writes the report.
	 *
	 * @param content what the report shows
	 * @param file the PDF to write
	 * @return the number of pages
	 * @throws DataSourceException naming the file, if it cannot be written
	 */
	public static int write(QuickScanContent content, Path file) throws DataSourceException {
		return PdfReport.write(file, "the QuickScan", () -> render(content));
	}

	/**
	 * Renders the report into a new document; the caller closes it.
	 *
	 * @param content what the report shows
	 * @return the document
	 * @throws IOException if a page cannot be drawn
	 */
	public static PDDocument render(QuickScanContent content) throws IOException {
		List<Chapter> chapters = QuickScanOutline.chapters(content);
		PDDocument document = PdfReport.render(chapters, flow -> titlePage(flow, content),
				content.title() + " \u00b7 " + content.year());
		PdfReport.describe(document, content.title() + " " + content.year(),
				"Signaleringskaart van " + content.gemeenteName());
		return document;
	}

	private static void titlePage(PdfFlow flow, QuickScanContent content) throws IOException {
		flow.fill(0, PdfFlow.HEIGHT - 300, PdfFlow.WIDTH, 300, PdfFlow.ACCENT);
		flow.text("QuickScan Veerkracht", flow.bold, 30, java.awt.Color.WHITE, PdfFlow.MARGIN, PdfFlow.HEIGHT - 170);
		flow.text(flow.fit(content.gemeenteName(), flow.bold, 24, PdfFlow.TEXT_WIDTH), flow.bold, 24, java.awt.Color.WHITE,
				PdfFlow.MARGIN, PdfFlow.HEIGHT - 210);
		flow.text("Signaleringskaart " + content.year() + " \u00b7 " + content.gemeenteCode(), flow.regular, 13,
				java.awt.Color.WHITE, PdfFlow.MARGIN, PdfFlow.HEIGHT - 240);
		flow.down(330);
		flow.paragraph("Een eerste beeld van de veerkracht van de buurten van " + content.gemeenteName()
				+ ", gemaakt uit open CBS-cijfers: waar buurten kwetsbaar zijn, waar het sneller slechter gaat en"
				+ " waar kwetsbare buurten bij elkaar liggen.", flow.regular, 12, PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH);
		flow.down(20);
		flow.paragraph("Gemaakt op " + content.madeOn() + " met de Veerkracht Workbench.", flow.regular, 10, PdfFlow.MARGIN,
				PdfFlow.TEXT_WIDTH);
		flow.paragraph(content.attribution(), flow.regular, 9, PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH);
	}
}
