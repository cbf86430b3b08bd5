package nl.veerkracht.report.quickscan.internal;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.ScanMap;

/**
 * The sizes of a report map at the text width, in points, shared by the PDF and the image renderer so both draw
 * the same map: the overview frame, the detail frame (when the map has one) and the legend rows.
 *
 * @param height the height of the overview frame
 * @param detailHeight the height of the detail frame, 0 without one
 * @param legendRows the rows of the legend
 */
public record MapLayout(float height, float detailHeight, int legendRows) {

	/** The largest height of a map frame, in points. */
	public static final float MAX_HEIGHT = 420;
	/** The outline of the buurten. */
	public static final Color OUTLINE = new Color(0x63, 0x63, 0x63);
	/** The height of a legend row, in points. */
	public static final float LEGEND_ROW = 14;
	/** The columns of the legend. */
	public static final int LEGEND_COLUMNS = 3;

	/** The space between maps side by side, in points. */
	public static final float PANEL_GAP = 14;
	/** The height of the title line above a map side by side, in points. */
	public static final float PANEL_TITLE = 13;
	/** The columns of the legend under a map side by side. */
	public static final int PANEL_LEGEND_COLUMNS = 2;

	private static final float OVERVIEW_WITH_DETAIL = 190;
	private static final float DETAIL = 290;

	/**
	 * @param map a map
	 * @param maxHeight the largest height of its overview; the QuickScan's {@value #MAX_HEIGHT} gives its sizes
	 * @return the sizes of its frames and legend
	 */
	public static MapLayout of(ScanMap map, float maxHeight) {
		Optional<Envelope> detail = map.detail();
		float scale = maxHeight / MAX_HEIGHT;
		float height = (float) MapFrame.heightFor(padded(map.extent()), PdfFlow.TEXT_WIDTH,
				detail.isPresent() ? OVERVIEW_WITH_DETAIL * scale : maxHeight);
		float detailHeight = detail.map(d -> (float) MapFrame.heightFor(d, PdfFlow.TEXT_WIDTH, DETAIL * scale)).orElse(0f);
		int legendRows = (map.legend().size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
		return new MapLayout(height, detailHeight, legendRows);
	}

	/**
	 * The sizes of maps side by side.
	 *
	 * @param width the width of each map
	 * @param height the height of every map frame: as high as the tallest needs
	 * @param legendRows the rows of the longest legend
	 */
	public record Panels(float width, float height, int legendRows) {
	}

	/**
	 * @param maps maps to set side by side, at least one
	 * @param maxHeight the largest height of their frames
	 * @return their sizes at the text width
	 */
	public static Panels panels(List<ScanMap> maps, float maxHeight) {
		float width = (PdfFlow.TEXT_WIDTH - PANEL_GAP * (maps.size() - 1)) / maps.size();
		float height = 0;
		int rows = 0;
		for (ScanMap map : maps) {
			height = Math.max(height, (float) MapFrame.heightFor(padded(map.extent()), width, maxHeight));
			rows = Math.max(rows, (map.legend().size() + PANEL_LEGEND_COLUMNS - 1) / PANEL_LEGEND_COLUMNS);
		}
		return new Panels(width, height, rows);
	}

	/**
	 * @param extent the extent of a map's buurten
	 * @return it widened by 3% of its larger side, so outlines at the edge are not cut
	 */
	public static Envelope padded(Envelope extent) {
		Envelope padded = new Envelope(extent);
		padded.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.03);
		return padded;
	}
}
