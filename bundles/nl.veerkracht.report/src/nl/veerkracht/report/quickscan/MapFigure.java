package nl.veerkracht.report.quickscan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.internal.ImageMap;
import nl.veerkracht.report.quickscan.internal.MapFrame;
import nl.veerkracht.report.quickscan.internal.MapLayout;
import nl.veerkracht.report.quickscan.internal.PdfMap;

/**
 * A report map, or maps side by side, as a figure of any report built from {@link Block}s: drawn as vectors into
 * the PDF as the QuickScan draws its maps, and as the same picture rendered to an image for the DOCX. One map
 * spans the text width (with a detail map when its markers lie close together); several maps stand side by side,
 * each with its title above and its own legend below.
 *
 * @param maps the maps, left to right: buurten in their class colours, markers, the legend with counts
 * @param description what it shows, one sentence or two
 * @param maxHeight the largest height of a map frame in points; {@link #FULL_HEIGHT} is the QuickScan's
 */
public record MapFigure(List<ScanMap> maps, String description, float maxHeight) implements Block.Graphic {

	/** The height the QuickScan gives its maps at most, in points. */
	public static final float FULL_HEIGHT = MapLayout.MAX_HEIGHT;

	/**
	 * Checks the parts and copies the list.
	 *
	 * @throws IllegalArgumentException without maps or if the height is not positive
	 */
	public MapFigure {
		maps = List.copyOf(maps);
		Objects.requireNonNull(description, "description");
		if (maps.isEmpty()) {
			throw new IllegalArgumentException("a map figure needs a map");
		}
		if (!(maxHeight > 0)) {
			throw new IllegalArgumentException("a map needs a positive height, not " + maxHeight);
		}
	}

	/**
	 * One map across the text width, at most {@code maxHeight} high.
	 *
	 * @param map the map
	 * @param description what it shows, one sentence
	 * @param maxHeight the largest height of the map frame in points
	 */
	public MapFigure(ScanMap map, String description, float maxHeight) {
		this(List.of(map), description, maxHeight);
	}

	/**
	 * One map across the text width, as high as the QuickScan's maps at most.
	 *
	 * @param map the map
	 * @param description what it shows, one sentence
	 */
	public MapFigure(ScanMap map, String description) {
		this(map, description, FULL_HEIGHT);
	}

	/** @return the description, and where the detail map is when a single map has one, as the PDF prints it */
	@Override
	public String caption() {
		return maps.size() == 1 ? MapFrame.caption(maps.get(0), description) : description;
	}

	@Override
	public void drawPdf(PdfFlow flow) throws IOException {
		if (maps.size() == 1) {
			new PdfMap(flow).draw(maps.get(0), description, maxHeight);
		} else {
			new PdfMap(flow).drawPanels(maps, description, maxHeight);
		}
	}

	@Override
	public Optional<BufferedImage> image(int widthPixels) {
		return Optional.of(maps.size() == 1 ? ImageMap.render(maps.get(0), maxHeight, widthPixels)
				: ImageMap.renderPanels(maps, maxHeight, widthPixels));
	}
}
