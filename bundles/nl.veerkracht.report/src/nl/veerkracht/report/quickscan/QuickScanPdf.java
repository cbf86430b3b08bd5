package nl.veerkracht.report.quickscan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.report.quickscan.internal.Block;
import nl.veerkracht.report.quickscan.internal.Chapter;
import nl.veerkracht.report.quickscan.internal.PdfBlocks;
import nl.veerkracht.report.quickscan.internal.PdfFlow;
import nl.veerkracht.report.quickscan.internal.PdfTocWriter;
import nl.veerkracht.report.quickscan.internal.QuickScanOutline;

/**
 * Writes the QuickScan as a PDF (A4 portrait): a title page, the table of contents with page numbers (and
 * links), then every chapter on a new page; each page but the title carries the title and "pagina n van N".
 * Text is real, searchable PDF text; maps and charts are vectors. Written safely: into a temporary file beside
 * the target, moved into place when complete.
 */
public final class QuickScanPdf {

	/** The title of the table of contents. */
	public static final String INHOUD = "Inhoud";

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
		int[] pages = new int[1];
		SafeFileWrite.write(file, ".tmp.pdf", List.of(), temporary -> {
			try (PDDocument document = render(content)) {
				pages[0] = document.getNumberOfPages();
				document.save(temporary.toFile());
			} catch (RuntimeException e) {
				throw new IOException("the QuickScan cannot be drawn as PDF (" + e + ")", e);
			}
		});
		return pages[0];
	}

	/**
	 * Renders the report into a new document; the caller closes it.
	 *
	 * @param content what the report shows
	 * @return the document
	 * @throws IOException if a page cannot be drawn
	 */
	public static PDDocument render(QuickScanContent content) throws IOException {
		PDDocument document = new PDDocument();
		List<Chapter> chapters = QuickScanOutline.chapters(content);
		List<Integer> starts = new ArrayList<>();
		try (PdfFlow flow = new PdfFlow(document)) {
			flow.newPage();
			titlePage(flow, content);
			PdfBlocks blocks = new PdfBlocks(flow);
			for (Chapter chapter : chapters) {
				flow.newPage();
				starts.add(flow.pageIndex() + 1);
				flow.down(18);
				flow.text(chapter.numberedTitle(), flow.bold, 17, PdfFlow.ACCENT, PdfFlow.MARGIN, flow.y());
				flow.down(8);
				flow.line(PdfFlow.MARGIN, flow.y(), PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH, flow.y(), 0.8f, PdfFlow.ACCENT);
				flow.down(6);
				for (Block block : chapter.blocks()) {
					blocks.draw(block);
				}
			}
		}
		PDPage toc = new PDPage(PDRectangle.A4);
		document.getPages().insertAfter(toc, document.getPage(0));
		List<PDPage> chapterPages = new ArrayList<>();
		for (int start : starts) {
			chapterPages.add(document.getPage(start));
		}
		tableOfContents(document, toc, chapters, starts, chapterPages);
		footers(document, content);
		outline(document, chapters, chapterPages, toc);
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(PdfFlow.printable(content.title() + " " + content.year()));
		information.setSubject("Signaleringskaart van " + PdfFlow.printable(content.gemeenteName()));
		information.setCreator("Veerkracht Workbench");
		information.setCreationDate(Calendar.getInstance());
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
		flow.paragraph(QuickScanOutline.CBS_ATTRIBUTION, flow.regular, 9, PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH);
	}

	private static void tableOfContents(PDDocument document, PDPage toc, List<Chapter> chapters, List<Integer> starts,
			List<PDPage> chapterPages) throws IOException {
		try (PdfFlow flow = new PdfFlow(document); PDPageContentStream stream = new PDPageContentStream(document, toc)) {
			PdfTocWriter writer = new PdfTocWriter(flow, stream);
			writer.heading(INHOUD);
			for (int c = 0; c < chapters.size(); c++) {
				float y = writer.entry(chapters.get(c).numberedTitle(), starts.get(c) + 1);
				PDAnnotationLink link = new PDAnnotationLink();
				PDBorderStyleDictionary border = new PDBorderStyleDictionary();
				border.setWidth(0);
				link.setBorderStyle(border);
				link.setRectangle(new PDRectangle(PdfFlow.MARGIN, y - 4, PdfFlow.TEXT_WIDTH, 18));
				PDPageFitDestination destination = new PDPageFitDestination();
				destination.setPage(chapterPages.get(c));
				PDActionGoTo action = new PDActionGoTo();
				action.setDestination(destination);
				link.setAction(action);
				toc.getAnnotations().add(link);
			}
		}
	}

	private static void footers(PDDocument document, QuickScanContent content) throws IOException {
		int total = document.getNumberOfPages();
		try (PdfFlow flow = new PdfFlow(document)) {
			for (int p = 1; p < total; p++) {
				try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(p), AppendMode.APPEND,
						true, true)) {
					PdfTocWriter.footer(flow, stream, content.title() + " \u00b7 " + content.year(),
							"pagina " + (p + 1) + " van " + total);
				}
			}
		}
	}

	private static void outline(PDDocument document, List<Chapter> chapters, List<PDPage> chapterPages, PDPage toc) {
		PDDocumentOutline outline = new PDDocumentOutline();
		PDOutlineItem contents = new PDOutlineItem();
		contents.setTitle(INHOUD);
		contents.setDestination(toc);
		outline.addLast(contents);
		for (int c = 0; c < chapters.size(); c++) {
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(chapters.get(c).numberedTitle());
			item.setDestination(chapterPages.get(c));
			outline.addLast(item);
		}
		document.getDocumentCatalog().setDocumentOutline(outline);
	}
}
