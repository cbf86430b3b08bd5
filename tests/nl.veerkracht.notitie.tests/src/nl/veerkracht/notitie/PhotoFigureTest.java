package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.document.DocxReport;
import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.document.PdfReport;
import nl.veerkracht.report.document.PhotoFigure;

/**
 * A photo in a report: in the PDF an image drawn at most the text width wide and {@value PhotoFigure#MAX_HEIGHT}
 * points high in its own proportions, with the colours of the photo; in the DOCX the same picture.
 */
class PhotoFigureTest {

	/** A landscape photo: left half red, right half blue. */
	private static BufferedImage photo(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(200, 30, 30));
		g.fillRect(0, 0, width / 2, height);
		g.setColor(new Color(30, 30, 200));
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	private static List<Chapter> chapter(Block block) {
		return List.of(new Chapter(1, "Foto", List.of(new Block.Paragraph("Voor de foto."), block)));
	}

	@Test
	void aWidePhotoFillsTheTextWidthInItsProportionsAndKeepsItsColours() throws Exception {
		PhotoFigure figure = new PhotoFigure(photo(3000, 1500), "De Molenkamp vanaf de dijk.");
		List<float[]> drawn = new ArrayList<>();
		List<PDImageXObject> images = new ArrayList<>();
		BufferedImage embedded;
		try (PDDocument document = PdfReport.render(chapter(figure), flow -> flow.text("Titel", flow.bold, 20,
				PdfFlow.INK, PdfFlow.MARGIN, 600), "voet")) {
			new ImageFinder(drawn, images).processPage(document.getPage(2));
			assertEquals(1, images.size(), "one image on the chapter's page");
			embedded = images.get(0).getImage();
		}
		assertEquals(PdfFlow.TEXT_WIDTH, drawn.get(0)[0], 0.5, "the text width");
		assertEquals(PdfFlow.TEXT_WIDTH / 2, drawn.get(0)[1], 0.5, "in its proportions");
		assertEquals(Math.round(PdfFlow.TEXT_WIDTH * 2), embedded.getWidth(), 1, "twice the printed size, not 3000 px");
		Color left = new Color(embedded.getRGB(embedded.getWidth() / 4, embedded.getHeight() / 2));
		Color right = new Color(embedded.getRGB(3 * embedded.getWidth() / 4, embedded.getHeight() / 2));
		assertTrue(left.getRed() > 150 && left.getBlue() < 80, "red stays red: " + left);
		assertTrue(right.getBlue() > 150 && right.getRed() < 80, "blue stays blue: " + right);
	}

	@Test
	void aTallPhotoIsNoHigherThanTheLimit() throws Exception {
		PhotoFigure figure = new PhotoFigure(photo(600, 1200), "Staand.");
		List<float[]> drawn = new ArrayList<>();
		try (PDDocument document = PdfReport.render(chapter(figure), flow -> { }, "voet")) {
			new ImageFinder(drawn, new ArrayList<>()).processPage(document.getPage(2));
		}
		assertEquals(PhotoFigure.MAX_HEIGHT, drawn.get(0)[1], 0.5);
		assertEquals(PhotoFigure.MAX_HEIGHT / 2, drawn.get(0)[0], 0.5);
	}

	@Test
	void theDocxHasTheSamePictureWithItsCaption() throws Exception {
		PhotoFigure figure = new PhotoFigure(photo(800, 400), "De Molenkamp vanaf de dijk.");
		try (XWPFDocument document = DocxReport.render(chapter(figure), "Titel", List.of(), "voet")) {
			List<XWPFPictureData> pictures = document.getAllPictures();
			assertEquals(1, pictures.size());
			BufferedImage picture = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
			assertEquals(2.0, (double) picture.getWidth() / picture.getHeight(), 0.02, "the photo's proportions");
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().equals("De Molenkamp vanaf de dijk.")),
					"the caption");
		}
	}

	/** Collects the images a page draws and their size on the page. */
	private static final class ImageFinder extends PDFStreamEngine {

		private final List<float[]> drawn;
		private final List<PDImageXObject> images;

		ImageFinder(List<float[]> drawn, List<PDImageXObject> images) {
			this.drawn = drawn;
			this.images = images;
			addOperator(new Concatenate(this));
			addOperator(new DrawObject(this));
			addOperator(new SetGraphicsStateParameters(this));
			addOperator(new Save(this));
			addOperator(new Restore(this));
			addOperator(new SetMatrix(this));
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws java.io.IOException {
			if ("Do".equals(operator.getName())) {
				PDXObject object = getResources().getXObject((COSName) operands.get(0));
				if (object instanceof PDImageXObject image) {
					Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
					drawn.add(new float[] { ctm.getScalingFactorX(), ctm.getScalingFactorY() });
					images.add(image);
				}
				return;
			}
			super.processOperator(operator, operands);
		}
	}
}
