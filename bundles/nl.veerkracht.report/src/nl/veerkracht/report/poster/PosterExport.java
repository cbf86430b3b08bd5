package nl.veerkracht.report.poster;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.report.internal.PosterFontTextDrawer;

/**
 * Writes the wijkschets poster as a PDF (A3 landscape; continuation pages when texts do not fit) or as a PNG of the
 * front page. Files are written safely: into a temporary file beside the target that is moved into place when
 * complete, so a failure leaves no file behind and never touches an existing one.
 */
public final class PosterExport {

	private PosterExport() {
	}

	/**
	 * Writes the poster as PDF with real, searchable text.
	 *
	 * @param content what the poster shows
	 * @param file the PDF file to write
	 * @return the layout that was written (page count, truncated boxes)
	 * @throws DataSourceException naming the file, if it cannot be written
	 */
	public static PosterLayout writePdf(PosterContent content, Path file) throws DataSourceException {
		PosterLayout layout = WijkschetsPoster.layout(content, WijkschetsPoster.Overflow.CONTINUATION_PAGES);
		SafeFileWrite.write(file, ".tmp.pdf", List.of(), temporary -> {
			try {
				writePdf(content, layout, temporary);
			} catch (RuntimeException e) {
				throw new IOException("the poster cannot be drawn as PDF (" + e + ")", e);
			}
		});
		return layout;
	}

	/**
	 * Writes the front page of the poster as PNG. Boxes whose text does not fit end with a visible
	 * "tekst ingekort, zie PDF" marker.
	 *
	 * @param content what the poster shows
	 * @param file the PNG file to write
	 * @param dpi the resolution, dots per inch, 10 to 600
	 * @return the layout that was written
	 * @throws DataSourceException naming the file, if it cannot be written
	 * @throws IllegalArgumentException if the resolution is out of range
	 */
	public static PosterLayout writePng(PosterContent content, Path file, int dpi) throws DataSourceException {
		if (dpi < 10 || dpi > 600) {
			throw new IllegalArgumentException("the resolution must be between 10 and 600 dpi, not " + dpi);
		}
		PosterLayout layout = WijkschetsPoster.layout(content, WijkschetsPoster.Overflow.MARK_ONLY);
		SafeFileWrite.write(file, ".tmp.png", List.of(), temporary -> {
			BufferedImage image;
			try {
				image = render(layout, dpi);
			} catch (RuntimeException e) {
				throw new IOException("the poster cannot be drawn as PNG (" + e + ")", e);
			}
			if (!ImageIO.write(image, "png", temporary.toFile())) {
				throw new IOException("no PNG encoder in this Java runtime");
			}
		});
		return layout;
	}

	/**
	 * Draws the front page of a laid-out poster into an image.
	 *
	 * @param layout the poster
	 * @param dpi the resolution, dots per inch
	 * @return the image, A3 landscape at that resolution
	 * @throws IOException if the image does not fit in memory
	 */
	public static BufferedImage render(PosterLayout layout, int dpi) throws IOException {
		int width = WijkschetsPoster.PAGE.widthPixels(dpi);
		int height = WijkschetsPoster.PAGE.heightPixels(dpi);
		BufferedImage image;
		try {
			image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		} catch (OutOfMemoryError tooLarge) {
			throw new IOException("an image of " + width + " x " + height
					+ " pixels does not fit in the memory available; choose a lower resolution", tooLarge);
		}
		Graphics2D g = image.createGraphics();
		try {
			g.scale(width / WijkschetsPoster.WIDTH, height / WijkschetsPoster.HEIGHT);
			layout.paintPage(g, 0);
		} finally {
			g.dispose();
		}
		return image;
	}

	private static void writePdf(PosterContent content, PosterLayout layout, Path file) throws IOException {
		float width = (float) WijkschetsPoster.WIDTH;
		float height = (float) WijkschetsPoster.HEIGHT;
		try (PDDocument document = new PDDocument()) {
			PosterFontTextDrawer fonts = new PosterFontTextDrawer();
			for (int page = 0; page < layout.pageCount(); page++) {
				PDPage pdfPage = new PDPage(new PDRectangle(width, height));
				document.addPage(pdfPage);
				PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
				try {
					g.setFontTextDrawer(fonts);
					layout.paintPage(g, page);
				} finally {
					g.dispose();
				}
				try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
					stream.drawForm(g.getXFormObject());
				}
			}
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle("Wijkschets " + content.title());
			information.setCreator("Veerkracht Workbench");
			information.setCreationDate(Calendar.getInstance());
			document.save(file.toFile());
		}
	}
}
