package nl.veerkracht.report.document;

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

/**
 * Lays out a report as an A4 PDF: a title page, the table of contents with page numbers and links, then every
 * chapter on a new page; each page but the title carries the footer title and "pagina n van N", and the
 * document outline (bookmarks) lists the chapters.
 */
public final class PdfReport {

	/** The title of the table of contents. */
	public static final String INHOUD = "Inhoud";

	/** Draws a report's title page. */
	@FunctionalInterface
	public interface TitlePage {

		/**
		 * @param flow the flow, on the fresh first page
		 * @throws IOException if it cannot be written
		 */
		void draw(PdfFlow flow) throws IOException;
	}

	/** Renders a report's PDF into a new document. */
	@FunctionalInterface
	public interface Renderer {

		/**
		 * @return the document; the caller closes it
		 * @throws IOException if a page cannot be drawn
		 */
		PDDocument render() throws IOException;
	}

	private PdfReport() {
	}

	/**
	 * Renders a report and writes it safely: into a temporary file beside the target, moved into place when
	 * complete, so a failed write leaves no file.
	 *
	 * @param file     the PDF to write
	 * @param what     what the report is, for the message of a drawing failure, e.g. "the notitie"
	 * @param renderer renders it
	 * @return the number of pages
	 * @throws DataSourceException naming the file, if it cannot be drawn or written
	 */
	public static int write(Path file, String what, Renderer renderer) throws DataSourceException {
		int[] pages = new int[1];
		SafeFileWrite.write(file, ".tmp.pdf", List.of(), temporary -> {
			try (PDDocument document = renderer.render()) {
				pages[0] = document.getNumberOfPages();
				document.save(temporary.toFile());
			} catch (RuntimeException e) {
				throw new IOException(what + " cannot be drawn as PDF (" + e + ")", e);
			}
		});
		return pages[0];
	}

	/**
	 * Fills a report's document information: its title and subject, the Veerkracht Workbench as creator, now as
	 * its creation date.
	 *
	 * @param document the report
	 * @param title    its title (characters the standard fonts lack are replaced)
	 * @param subject  its subject (likewise)
	 */
	public static void describe(PDDocument document, String title, String subject) {
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(PdfFlow.printable(title));
		information.setSubject(PdfFlow.printable(subject));
		information.setCreator("Veerkracht Workbench");
		information.setCreationDate(Calendar.getInstance());
	}

	/**
	 * Renders a report into a new document; the caller closes it.
	 *
	 * @param chapters the chapters, in order
	 * @param titlePage draws the first page
	 * @param footerTitle the text at the left of every footer
	 * @return the document
	 * @throws IOException if a page cannot be drawn
	 */
	public static PDDocument render(List<Chapter> chapters, TitlePage titlePage, String footerTitle) throws IOException {
		PDDocument document = new PDDocument();
		List<Integer> starts = new ArrayList<>();
		try (PdfFlow flow = new PdfFlow(document)) {
			flow.newPage();
			titlePage.draw(flow);
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
		footers(document, footerTitle);
		outline(document, chapters, chapterPages, toc);
		return document;
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

	private static void footers(PDDocument document, String footerTitle) throws IOException {
		int total = document.getNumberOfPages();
		try (PdfFlow flow = new PdfFlow(document)) {
			for (int p = 1; p < total; p++) {
				try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(p), AppendMode.APPEND,
						true, true)) {
					PdfTocWriter.footer(flow, stream, footerTitle, "pagina " + (p + 1) + " van " + total);
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
