package nl.veerkracht.notitie;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.report.document.DocxReport;

/**
 * Writes the notitie as an editable Word document (DOCX) with the same chapters, numbering and texts as
 * {@link NotitiePdf}: chapters as Word headings (navigation pane, Word's own table of contents), tables as Word
 * tables, "pagina n van N" as fields in the footer. Written safely, like the PDF.
 */
public final class NotitieDocx {

	private NotitieDocx() {
	}

	/**
	 * Writes the notitie.
	 *
	 * @param content the notitie
	 * @param file the DOCX to write
	 * @throws DataSourceException naming the file, if it cannot be written
	 */
	public static void write(NotitieContent content, Path file) throws DataSourceException {
		SafeFileWrite.write(file, ".tmp.docx", List.of(), temporary -> {
			try (XWPFDocument document = render(content); OutputStream out = Files.newOutputStream(temporary)) {
				document.write(out);
			} catch (RuntimeException e) {
				throw new IOException("the notitie cannot be written as DOCX (" + e + ")", e);
			}
		});
	}

	/**
	 * Renders the notitie into a new Word document; the caller closes it.
	 *
	 * @param content the notitie
	 * @return the document
	 */
	public static XWPFDocument render(NotitieContent content) {
		List<String> lines = new ArrayList<>(NotitiePdf.titleLines(content));
		lines.add(0, content.cityName());
		XWPFDocument document = DocxReport.render(content.chapters(), content.title(), lines, content.footerTitle());
		document.getProperties().getCoreProperties().setTitle(content.title() + " " + content.cityName());
		document.getProperties().getCoreProperties().setCreator("Veerkracht Workbench");
		return document;
	}
}
