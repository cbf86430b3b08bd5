package nl.veerkracht.gis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** A PNG of real Rotterdam buurten: size, recorded resolution, the classified colours and the legend. */
class PngExportTest {

	@TempDir
	Path folder;

	@Test
	void pngHasThePixelSizeAndResolutionAskedForAndShowsTheClassColours() throws Exception {
		assertTrue(GraphicsEnvironment.isHeadless(), "the export runs without a display");
		RotterdamMap rotterdam = new RotterdamMap();
		MapExportSettings settings = rotterdam.settings(PageSize.ofPixels(1500, 1000, 150)).withDpi(150);
		Path file = folder.resolve("rotterdam.png");
		MapLayout layout = MapExport.export(settings, MapExportFormat.PNG, file, ExportMonitor.NONE);
		RotterdamMap.keep(file);

		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(1500, image.getWidth());
		assertEquals(1000, image.getHeight());
		assertEquals(150, dpi(file), 0.05);

		double toPixels = 150 / PageSize.LAYOUT_DPI;
		Point2D inMap = layout.viewport().toScreen(rotterdam.insideStadsdriehoek());
		int x = (int) ((layout.mapFrame().getX() + inMap.getX()) * toPixels);
		int y = (int) ((layout.mapFrame().getY() + inMap.getY()) * toPixels);
		assertEquals(RotterdamMap.CENTRUM, new Color(image.getRGB(x, y)), "Stadsdriehoek in its wijk's colour");

		Rectangle2D legend = scaled(layout.legendArea(), toPixels);
		assertTrue(legend.getMinX() > scaled(layout.mapFrame(), toPixels).getMaxX(), "legend right of the map");
		for (Color swatch : List.of(RotterdamMap.CENTRUM, RotterdamMap.DELFSHAVEN, RotterdamMap.OVERSCHIE,
				RotterdamMap.OTHER)) {
			assertTrue(count(image, legend, swatch) > 100, "legend swatch " + swatch);
		}
		assertTrue(inked(image, scaled(layout.titleArea(), toPixels)) > 500, "the title is drawn");
		assertTrue(inked(image, scaled(layout.attributionArea(), toPixels)) > 300, "the attribution is drawn");
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(file), left.toList(), "no temporary file is left");
		}
	}

	@Test
	void a4AtThreeHundredDpiHasPrintSize() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap(true);
		MapExportSettings settings = rotterdam.settings(PageSize.A4_PORTRAIT).withDpi(300);
		Path file = folder.resolve("rotterdam-a4.png");
		MapExport.export(settings, MapExportFormat.PNG, file, ExportMonitor.NONE);
		RotterdamMap.keep(file);
		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(2480, image.getWidth());
		assertEquals(3508, image.getHeight());
		assertEquals(300, dpi(file), 0.05);
	}

	/** Reads the resolution from the PNG's pHYs chunk. */
	static double dpi(Path file) throws Exception {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			reader.setInput(in);
			IIOMetadata metadata = reader.getImageMetadata(0);
			Node root = metadata.getAsTree("javax_imageio_png_1.0");
			for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeName().equals("pHYs")) {
					assertEquals("meter", child.getAttributes().getNamedItem("unitSpecifier").getNodeValue());
					double perMetre = Double
							.parseDouble(child.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
					return perMetre * 0.0254;
				}
			}
		}
		throw new AssertionError("no pHYs chunk in " + file);
	}

	static Rectangle2D scaled(Rectangle2D area, double factor) {
		assertNotNull(area);
		return new Rectangle2D.Double(area.getX() * factor, area.getY() * factor, area.getWidth() * factor,
				area.getHeight() * factor);
	}

	/** Counts the pixels in an area that are not white. */
	static int inked(BufferedImage image, Rectangle2D area) {
		int n = 0;
		for (int y = (int) area.getMinY(); y < Math.min(image.getHeight(), area.getMaxY()); y++) {
			for (int x = (int) area.getMinX(); x < Math.min(image.getWidth(), area.getMaxX()); x++) {
				n += image.getRGB(x, y) == Color.WHITE.getRGB() ? 0 : 1;
			}
		}
		return n;
	}

	/** Counts the pixels of exactly one colour in an area. */
	static int count(BufferedImage image, Rectangle2D area, Color colour) {
		int n = 0;
		for (int y = (int) area.getMinY(); y < Math.min(image.getHeight(), area.getMaxY()); y++) {
			for (int x = (int) area.getMinX(); x < Math.min(image.getWidth(), area.getMaxX()); x++) {
				n += image.getRGB(x, y) == colour.getRGB() ? 1 : 0;
			}
		}
		return n;
	}
}
