package nl.veerkracht.gis.export.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import nl.veerkracht.gis.export.ExportMonitor;
import nl.veerkracht.gis.export.ExportStage;
import nl.veerkracht.gis.export.MapExportSettings;
import nl.veerkracht.gis.export.MapLayout;
import nl.veerkracht.gis.export.MapPagePainter;
import nl.veerkracht.gis.export.PageSize;

/**
 * Writes the page as an RGB PNG of the page size at the chosen resolution, with the resolution in the
 * file's {@code pHYs} chunk (pixels per metre), so that print and layout programs place it at its size.
 */
public final class PngPageWriter implements PageWriter {

	private static final String PNG_METADATA = "javax_imageio_png_1.0";
	private static final double INCHES_PER_METRE = 1 / 0.0254;

	@Override
	public MapLayout write(MapExportSettings settings, ExportMonitor monitor, Path file) throws IOException {
		PageSize page = settings.page();
		int width = page.widthPixels(settings.dpi());
		int height = page.heightPixels(settings.dpi());
		BufferedImage image = newImage(width, height);
		Graphics2D g = image.createGraphics();
		MapLayout layout;
		try {
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.scale(width / page.layoutWidth(), height / page.layoutHeight());
			layout = MapPagePainter.paint(g, settings, monitor);
			if (layout == null) {
				return null;
			}
		} finally {
			g.dispose();
		}
		monitor.beginStage(ExportStage.WRITING);
		writePng(image, settings.dpi(), file);
		return layout;
	}

	private static BufferedImage newImage(int width, int height) throws IOException {
		try {
			return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		} catch (OutOfMemoryError tooLarge) {
			throw new IOException("an image of " + width + " x " + height
					+ " pixels does not fit in the memory available; choose a lower resolution or a smaller page",
					tooLarge);
		}
	}

	/**
	 * Writes an image as PNG with its resolution recorded.
	 *
	 * @param image the image
	 * @param dpi its resolution in dots per inch
	 * @param file the file to create
	 * @throws IOException when writing fails
	 */
	static void writePng(BufferedImage image, double dpi, Path file) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
		if (!writers.hasNext()) {
			throw new IOException("no PNG encoder in this Java runtime");
		}
		ImageWriter writer = writers.next();
		try (OutputStream out = Files.newOutputStream(file);
				ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
					writer.getDefaultWriteParam());
			metadata.mergeTree(PNG_METADATA, physicalSize(dpi));
			writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
		} catch (IIOInvalidTreeException e) {
			throw new IOException("cannot record the resolution in the PNG: " + e.getMessage(), e);
		} finally {
			writer.dispose();
		}
	}

	private static IIOMetadataNode physicalSize(double dpi) {
		String pixelsPerMetre = Long.toString(Math.round(dpi * INCHES_PER_METRE));
		IIOMetadataNode physical = new IIOMetadataNode("pHYs");
		physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
		physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
		physical.setAttribute("unitSpecifier", "meter");
		IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
		root.appendChild(physical);
		return root;
	}
}
