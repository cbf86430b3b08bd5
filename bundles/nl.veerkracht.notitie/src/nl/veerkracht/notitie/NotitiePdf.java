package nl.veerkracht.notitie;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.document.PdfReport;

/**
 * Writes the notitie as a PDF (A4 portrait): a title page, the contents with page numbers and links, every
 * chapter on a new page, "pagina n van N" in the footers and bookmarks per chapter. Written safely: into a
 * temporary file beside the target, moved into place when complete; a failed write leaves no file.
 */
public final class NotitiePdf {

	/** How the title page prints the date, e.g. "28 november 2026". */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

	private NotitiePdf() {
	}

	/**
	 * Writes the notitie.
	 *
	 * @param content the notitie
	 * @param file the PDF to write
	 * @return the number of pages
	 * @throws DataSourceException naming the file, if it cannot be written
	 */
	public static int write(NotitieContent content, Path file) throws DataSourceException {
		return PdfReport.write(file, "the notitie", () -> render(content));
	}

	/**
	 * Renders the notitie into a new document; the caller closes it.
	 *
	 * @param content the notitie
	 * @return the document
	 * @throws IOException if a page cannot be drawn
	 */
	public static PDDocument render(NotitieContent content) throws IOException {
		PDDocument document = PdfReport.render(content.chapters(), flow -> titlePage(flow, content),
				content.footerTitle());
		PdfReport.describe(document, content.title() + " " + content.cityName(), content.subtitle());
		return document;
	}

	/**
	 * @param content the notitie
	 * @return the lines under the title on the title page, the same in PDF and DOCX
	 */
	static List<String> titleLines(NotitieContent content) {
		return List.of(content.subtitle(),
				"Wat de wijkschetsen samen betekenen voor de balans in de stad, met een vooruitzicht per wijk en "
						+ "buurt en de prestatieafspraken die eruit volgen.",
				"Gemaakt op " + DATE.format(content.madeOn()) + " met de Veerkracht Workbench.");
	}

	private static void titlePage(PdfFlow flow, NotitieContent content) throws IOException {
		flow.fill(0, PdfFlow.HEIGHT - 300, PdfFlow.WIDTH, 300, PdfFlow.ACCENT);
		flow.text(content.title(), flow.bold, 30, Color.WHITE, PdfFlow.MARGIN, PdfFlow.HEIGHT - 170);
		flow.text(flow.fit(content.cityName(), flow.bold, 24, PdfFlow.TEXT_WIDTH), flow.bold, 24, Color.WHITE,
				PdfFlow.MARGIN, PdfFlow.HEIGHT - 210);
		flow.down(330);
		List<String> lines = titleLines(content);
		flow.paragraph(lines.get(0), flow.bold, 13, PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH);
		flow.down(12);
		flow.paragraph(lines.get(1), flow.regular, 12, PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH);
		flow.down(20);
		flow.paragraph(lines.get(2), flow.regular, 10, PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH);
	}
}
