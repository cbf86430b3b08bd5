package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.notitie.internal.WijkChapter;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.document.PhotoFigure;

/**
 * The photo of a wijkschets opens its chapter, found as the poster finds it (relative to the analysis file's
 * folder); a photo that is named but missing, or a file that is no image, leaves its chapter without a photo and
 * the notitie says why in its warnings, naming the file, while the notitie is still written.
 */
class NotitiePhotoTest {

	@TempDir
	Path folder;

	@Test
	void theWijkschetsPhotoOpensItsChapterAndAMissingOrBrokenOneIsAWarning() throws Exception {
		DemoNotitie demo = DemoNotitie.create(folder.resolve("kwb"));
		List<Wijkschets> schetsen = demo.analyse().getWijkschetsen();
		assertEquals(2, schetsen.size());
		Path analyseFolder = Files.createDirectories(folder.resolve("Veerhaven-demo"));
		Files.createDirectories(analyseFolder.resolve("fotos"));
		BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(40, 120, 60));
		g.fillRect(0, 0, 640, 400);
		g.dispose();
		ImageIO.write(image, "png", analyseFolder.resolve("fotos/molenkamp.png").toFile());
		schetsen.get(0).setPhotoPath("fotos/molenkamp.png");
		schetsen.get(1).setPhotoPath("fotos/vlietlanden.jpg");

		NotitieContent content = new NotitieBuilder(demo.analyse(), DemoNotitie.SCENARIO, demo.comparison())
				.photoFolder(analyseFolder).build();

		Chapter molenkamp = content.chapters().get(2);
		Chapter vlietlanden = content.chapters().get(3);
		assertTrue(molenkamp.blocks().get(0) instanceof PhotoFigure photo && photo.photo().getWidth() == 640
				&& photo.caption().startsWith(WijkChapter.PHOTO_CAPTION), "the photo opens " + molenkamp.title());
		assertTrue(vlietlanden.blocks().stream().noneMatch(PhotoFigure.class::isInstance), "no photo where none was read");
		assertEquals(1, content.warnings().size(), content.warnings().toString());
		assertTrue(content.warnings().get(0).contains(analyseFolder.resolve("fotos/vlietlanden.jpg").toString()),
				"names the missing file: " + content.warnings());

		Path pdfDocx = Files.createDirectories(folder.resolve("uit"));
		NotitieExport.write(content, pdfDocx);
		try (XWPFDocument docx = NotitieFiles.docx(pdfDocx.resolve(NotitieExport.DOCX))) {
			assertEquals(1, docx.getAllPictures().size(), "the photo is a picture in the DOCX");
		}
		assertTrue(NotitieFiles.pdfText(pdfDocx.resolve(NotitieExport.PDF)).contains(WijkChapter.PHOTO_CAPTION),
				"its caption in the PDF");

		Files.writeString(analyseFolder.resolve("fotos/vlietlanden.jpg"), "geen jpeg");
		NotitieContent broken = new NotitieBuilder(demo.analyse(), DemoNotitie.SCENARIO, demo.comparison())
				.photoFolder(analyseFolder).build();
		assertEquals(1, broken.warnings().size());
		assertTrue(broken.warnings().get(0).contains("vlietlanden.jpg") && broken.warnings().get(0).contains("geen afbeelding"),
				broken.warnings().get(0));

		NotitieContent without = new NotitieBuilder(demo.analyse(), DemoNotitie.SCENARIO, demo.comparison()).build();
		assertTrue(without.warnings().isEmpty());
		assertTrue(without.chapters().stream().flatMap(c -> c.blocks().stream()).noneMatch(Block.Graphic.class::isInstance),
				"without the folder no photos are looked for");
	}
}
