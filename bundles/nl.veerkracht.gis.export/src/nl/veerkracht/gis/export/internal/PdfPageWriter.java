package nl.veerkracht.gis.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import nl.veerkracht.gis.export.ExportMonitor;
import nl.veerkracht.gis.export.ExportStage;
import nl.veerkracht.gis.export.MapExportSettings;
import nl.veerkracht.gis.export.MapLayout;
import nl.veerkracht.gis.export.MapPagePainter;
import nl.veerkracht.gis.export.PageSize;

/**
 * Writes the page as a one-page PDF with Apache PDFBox and rototor's {@link PdfBoxGraphics2D}: map shapes
 * become PDF paths and texts PDF text in the standard Helvetica (see {@link StandardFontTextDrawer}), so
 * the file stays small and its texts can be searched.
 */
public final class PdfPageWriter implements PageWriter {

	private static final float POINTS_PER_LAYOUT_PIXEL = 72f / 96f;

	@Override
	public MapLayout write(MapExportSettings settings, ExportMonitor monitor, Path file) throws IOException {
		PageSize page = settings.page();
		float width = (float) page.widthPoints();
		float height = (float) page.heightPoints();
		try (PDDocument document = new PDDocument()) {
			PDPage pdfPage = new PDPage(new PDRectangle(width, height));
			document.addPage(pdfPage);
			PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
			MapLayout layout;
			try {
				g.setFontTextDrawer(new StandardFontTextDrawer());
				g.scale(POINTS_PER_LAYOUT_PIXEL, POINTS_PER_LAYOUT_PIXEL);
				layout = MapPagePainter.paint(g, settings, monitor);
				if (layout == null) {
					return null;
				}
			} finally {
				g.dispose();
			}
			monitor.beginStage(ExportStage.WRITING);
			try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
				content.drawForm(g.getXFormObject());
			}
			describe(document.getDocumentInformation(), settings);
			document.save(file.toFile());
			return layout;
		}
	}

	private static void describe(PDDocumentInformation information, MapExportSettings settings) {
		if (!settings.title().isBlank()) {
			information.setTitle(settings.title().strip());
		}
		information.setCreator("Veerkracht Workbench");
		information.setCreationDate(Calendar.getInstance());
	}
}
