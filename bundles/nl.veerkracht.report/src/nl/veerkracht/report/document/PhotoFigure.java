package nl.veerkracht.report.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A photo in a report, such as the photo of a wijkschets: centred at most the text width wide and
 * {@value #MAX_HEIGHT} points high, keeping its proportions, with its caption below. The PDF embeds it as JPEG at
 * twice its printed size (sharp in print, small on disk); the DOCX gets the same picture.
 *
 * @param photo   the photo
 * @param caption what it shows
 */
public record PhotoFigure(BufferedImage photo, String caption) implements Block.Graphic {

	/** The largest printed height, in points. */
	public static final float MAX_HEIGHT = 300;

	private static final float PIXELS_PER_POINT = 2;
	private static final float JPEG_QUALITY = 0.85f;

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a part is {@code null}
	 * @throws IllegalArgumentException if the photo has no pixels
	 */
	public PhotoFigure {
		Objects.requireNonNull(photo, "photo");
		Objects.requireNonNull(caption, "caption");
		if (photo.getWidth() <= 0 || photo.getHeight() <= 0) {
			throw new IllegalArgumentException("a photo without pixels");
		}
	}

	/** @return the printed width and height in points */
	public float[] printedSize() {
		float width = PdfFlow.TEXT_WIDTH;
		float height = width * photo.getHeight() / photo.getWidth();
		if (height > MAX_HEIGHT) {
			width *= MAX_HEIGHT / height;
			height = MAX_HEIGHT;
		}
		return new float[] { width, height };
	}

	@Override
	public void drawPdf(PdfFlow flow) throws IOException {
		float[] size = printedSize();
		List<String> lines = flow.wrap(caption, flow.regular, 8.5f, PdfFlow.TEXT_WIDTH);
		flow.need(size[1] + 12 * lines.size() + 16);
		flow.down(6 + size[1]);
		BufferedImage pixels = opaque(Math.round(size[0] * PIXELS_PER_POINT));
		PDImageXObject image = JPEGFactory.createFromImage(flow.document(), pixels, JPEG_QUALITY);
		flow.stream().drawImage(image, PdfFlow.MARGIN + (PdfFlow.TEXT_WIDTH - size[0]) / 2, flow.y(), size[0], size[1]);
		for (String line : lines) {
			flow.down(12);
			flow.text(line, flow.regular, 8.5f, PdfFlow.INK, PdfFlow.MARGIN, flow.y() + 3);
		}
		flow.down(10);
	}

	@Override
	public Optional<BufferedImage> image(int widthPixels) {
		float[] size = printedSize();
		return Optional.of(opaque(Math.round(widthPixels * size[0] / PdfFlow.TEXT_WIDTH)));
	}

	/** The photo as opaque RGB (JPEG has no transparency), scaled down to a width when it is wider. */
	private BufferedImage opaque(int maxWidth) {
		int width = Math.max(1, Math.min(maxWidth, photo.getWidth()));
		int height = Math.max(1, Math.round((float) photo.getHeight() * width / photo.getWidth()));
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = result.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(photo, 0, 0, width, height, null);
		} finally {
			g.dispose();
		}
		return result;
	}
}
