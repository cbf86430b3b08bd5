package nl.veerkracht.report.quickscan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.internal.ImageMap;
import nl.veerkracht.report.quickscan.internal.MapFrame;
import nl.veerkracht.report.quickscan.internal.MapLayout;
import nl.veerkracht.report.quickscan.internal.PdfMap;

/**
 * A report map as a figure of any report built from {@link Block}s: drawn as vectors into the PDF as the
 * QuickScan draws its maps, and as the same map rendered to an image for the DOCX.
 *
 * @param map the map: buurten in their class colours, markers, the legend with counts
 * @param description what it shows, one sentence
 * @param maxHeight the largest height of the map frame in points; {@link #FULL_HEIGHT} is the QuickScan's
 */
public record MapFigure(ScanMap map, String description, float maxHeight) implements Block.Graphic {

	/** The height the QuickScan gives its maps at most, in points. */
	public static final float FULL_HEIGHT = MapLayout.MAX_HEIGHT;

	/**
	 * Checks the parts.
	 *
	 * @throws IllegalArgumentException if the height is not positive
	 */
	public MapFigure {
		Objects.requireNonNull(map, "map");
		Objects.requireNonNull(description, "description");
		if (!(maxHeight > 0)) {
			throw new IllegalArgumentException("a map needs a positive height, not " + maxHeight);
		}
	}

	/**
	 * A figure as high as the QuickScan's maps at most.
	 *
	 * @param map the map
	 * @param description what it shows, one sentence
	 */
	public MapFigure(ScanMap map, String description) {
		this(map, description, FULL_HEIGHT);
	}

	/** @return the description, and where the detail map is when the map has one, as the PDF prints it */
	@Override
	public String caption() {
		return MapFrame.caption(map, description);
	}

	@Override
	public void drawPdf(PdfFlow flow) throws IOException {
		new PdfMap(flow).draw(map, description, maxHeight);
	}

	@Override
	public Optional<BufferedImage> image(int widthPixels) {
		return Optional.of(ImageMap.render(map, maxHeight, widthPixels));
	}
}
