package nl.veerkracht.report.quickscan.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.LegendItem;
import nl.veerkracht.report.quickscan.MapArea;
import nl.veerkracht.report.quickscan.ScanMap;

/**
 * Draws a report map into the PDF flow: the buurten as vector polygons in their class colours, rank markers,
 * a scale bar and north arrow, the legend with counts and the caption. {@link ImageMap} draws the same map as an
 * image.
 */
public final class PdfMap {

	private static final Color OUTLINE = MapLayout.OUTLINE;
	private static final float LEGEND_ROW = MapLayout.LEGEND_ROW;
	private static final int LEGEND_COLUMNS = MapLayout.LEGEND_COLUMNS;

	private final PdfFlow flow;

	/** @param flow the flow to draw into */
	public PdfMap(PdfFlow flow) {
		this.flow = flow;
	}

	/**
	 * Draws the map as high as its extent needs at the text width, at most {@value MapLayout#MAX_HEIGHT} points.
	 *
	 * @param map the map
	 * @param caption what it shows
	 * @throws IOException if it cannot be written
	 */
	public void draw(ScanMap map, String caption) throws IOException {
		draw(map, caption, MapLayout.MAX_HEIGHT);
	}

	/**
	 * @param map the map
	 * @param caption what it shows
	 * @param maxHeight the largest height of the map frame in points (overview and detail share it as the QuickScan
	 *        does)
	 * @throws IOException if it cannot be written
	 */
	public void draw(ScanMap map, String caption, float maxHeight) throws IOException {
		MapLayout layout = MapLayout.of(map, maxHeight);
		Envelope extent = map.extent();
		Optional<Envelope> detail = map.detail();
		float height = layout.height();
		float detailHeight = layout.detailHeight();
		int legendRows = layout.legendRows();
		List<String> captionLines = flow.wrap(MapFrame.caption(map, caption), flow.regular, 8.5f, PdfFlow.TEXT_WIDTH);
		flow.need(height + detailHeight + 26 + legendRows * LEGEND_ROW + captionLines.size() * 12 + 8);
		flow.down(6);
		if (!extent.isNull()) {
			frame(map, MapLayout.padded(extent), PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH, height, detail.isEmpty(),
					detail.orElse(null));
		}
		if (detail.isPresent()) {
			flow.down(8);
			frame(map, detail.get(), PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH, detailHeight, true, null);
		}
		legend(map.legend(), PdfFlow.MARGIN, PdfFlow.TEXT_WIDTH, LEGEND_COLUMNS);
		for (String line : captionLines) {
			flow.down(12);
			flow.text(line, flow.regular, 8.5f, PdfFlow.INK, PdfFlow.MARGIN, flow.y() + 3);
		}
		flow.down(10);
	}

	/**
	 * Draws maps side by side, each with its title above and its legend below, as high as the tallest needs at
	 * its width; markers on every map, no detail maps; the caption under all.
	 *
	 * @param maps the maps, left to right
	 * @param caption what they show
	 * @param maxHeight the largest height of the map frames in points
	 * @throws IOException if it cannot be written
	 */
	public void drawPanels(List<ScanMap> maps, String caption, float maxHeight) throws IOException {
		MapLayout.Panels layout = MapLayout.panels(maps, maxHeight);
		List<String> captionLines = flow.wrap(caption, flow.regular, 8.5f, PdfFlow.TEXT_WIDTH);
		flow.need(6 + MapLayout.PANEL_TITLE + layout.height() + 4 + layout.legendRows() * LEGEND_ROW
				+ captionLines.size() * 12 + 10);
		flow.down(6);
		float top = flow.y();
		float bottom = top;
		for (int i = 0; i < maps.size(); i++) {
			ScanMap map = maps.get(i);
			float x = PdfFlow.MARGIN + i * (layout.width() + MapLayout.PANEL_GAP);
			flow.down(flow.y() - top);
			flow.down(MapLayout.PANEL_TITLE);
			flow.text(flow.fit(map.title(), flow.bold, 9, layout.width()), flow.bold, 9, PdfFlow.INK, x, flow.y() + 3);
			if (!map.extent().isNull()) {
				frame(map, MapLayout.padded(map.extent()), x, layout.width(), layout.height(), true, null);
			}
			legend(map.legend(), x, layout.width(), MapLayout.PANEL_LEGEND_COLUMNS);
			bottom = Math.min(bottom, flow.y());
		}
		flow.down(flow.y() - bottom);
		for (String line : captionLines) {
			flow.down(12);
			flow.text(line, flow.regular, 8.5f, PdfFlow.INK, PdfFlow.MARGIN, flow.y() + 3);
		}
		flow.down(10);
	}

	private void frame(ScanMap map, Envelope extent, float left, float width, float height, boolean markers,
			Envelope detail) throws IOException {
		float top = flow.y();
		float bottom = top - height;
		PDPageContentStream stream = flow.stream();
		stream.saveGraphicsState();
		stream.addRect(left, bottom, width, height);
		stream.clip();
		MapFrame frame = new MapFrame(extent, width, height);
		for (MapArea area : map.areas()) {
			polygons(area, frame, left, top);
		}
		if (markers) {
			for (MapArea area : map.areas()) {
				if (!area.marker().isEmpty()) {
					marker(area, frame, left, top);
				}
			}
		}
		if (detail != null) {
			Coordinate min = new Coordinate(detail.getMinX(), detail.getMaxY());
			Coordinate max = new Coordinate(detail.getMaxX(), detail.getMinY());
			stream.setStrokingColor(PdfFlow.INK);
			stream.setLineWidth(1f);
			stream.addRect(left + (float) frame.x(min), top - (float) frame.y(max), (float) (frame.x(max) - frame.x(min)),
					(float) (frame.y(max) - frame.y(min)));
			stream.stroke();
		}
		scaleBar(frame, left, width, bottom);
		stream.restoreGraphicsState();
		stream.setStrokingColor(new Color(0xCC, 0xCC, 0xCC));
		stream.setLineWidth(0.5f);
		stream.addRect(left, bottom, width, height);
		stream.stroke();
		flow.down(height + 4);
	}

	private void polygons(MapArea area, MapFrame frame, float left, float top) throws IOException {
		PDPageContentStream stream = flow.stream();
		stream.setNonStrokingColor(area.fill());
		stream.setStrokingColor(OUTLINE);
		stream.setLineWidth(0.35f);
		Geometry geometry = area.geometry();
		boolean any = false;
		for (int g = 0; g < geometry.getNumGeometries(); g++) {
			if (geometry.getGeometryN(g) instanceof Polygon polygon) {
				ring(polygon.getExteriorRing().getCoordinates(), frame, left, top);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(polygon.getInteriorRingN(h).getCoordinates(), frame, left, top);
				}
				any = true;
			}
		}
		if (any) {
			stream.fillAndStrokeEvenOdd();
		}
	}

	private void ring(Coordinate[] coordinates, MapFrame frame, float left, float top) throws IOException {
		PDPageContentStream stream = flow.stream();
		for (int i = 0; i < coordinates.length; i++) {
			float x = left + (float) frame.x(coordinates[i]);
			float y = top - (float) frame.y(coordinates[i]);
			if (i == 0) {
				stream.moveTo(x, y);
			} else {
				stream.lineTo(x, y);
			}
		}
		stream.closePath();
	}

	private void marker(MapArea area, MapFrame frame, float left, float top) throws IOException {
		Coordinate centre = area.geometry().getInteriorPoint().getCoordinate();
		float cx = left + (float) frame.x(centre);
		float cy = top - (float) frame.y(centre);
		float r = 6.5f;
		float k = 0.5523f * r;
		PDPageContentStream stream = flow.stream();
		stream.setNonStrokingColor(Color.WHITE);
		stream.setStrokingColor(PdfFlow.INK);
		stream.setLineWidth(0.6f);
		stream.moveTo(cx + r, cy);
		stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
		stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
		stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
		stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
		stream.closePath();
		stream.fillAndStroke();
		float w = flow.width(area.marker(), flow.bold, 7);
		flow.text(area.marker(), flow.bold, 7, PdfFlow.INK, cx - w / 2, cy - 2.5f);
	}

	private void scaleBar(MapFrame frame, float left, float width, float bottom) throws IOException {
		double metres = ScaleBarLength.metres(width / frame.scale());
		float length = (float) (metres * frame.scale());
		float x = left + 8;
		float y = bottom + 10;
		flow.fill(x, y, length, 3, PdfFlow.INK);
		flow.text(ScaleBarLength.label(metres), flow.regular, 7.5f, PdfFlow.INK, x + length + 4, y - 0.5f);
		float nx = left + width - 16;
		float ny = bottom + 12;
		PDPageContentStream stream = flow.stream();
		stream.setNonStrokingColor(PdfFlow.INK);
		stream.moveTo(nx, ny + 16);
		stream.lineTo(nx - 5, ny);
		stream.lineTo(nx, ny + 4);
		stream.lineTo(nx + 5, ny);
		stream.closePath();
		stream.fill();
		flow.text("N", flow.bold, 8, PdfFlow.INK, nx - 2.8f, ny + 19);
	}

	private void legend(List<LegendItem> legend, float left, float width, int columns) throws IOException {
		float columnWidth = width / columns;
		for (int i = 0; i < legend.size(); i++) {
			if (i % columns == 0) {
				flow.down(LEGEND_ROW);
			}
			LegendItem item = legend.get(i);
			float x = left + (i % columns) * columnWidth;
			flow.fill(x, flow.y() + 2, 10, 9, item.colour());
			flow.stream().setStrokingColor(OUTLINE);
			flow.stream().setLineWidth(0.4f);
			flow.stream().addRect(x, flow.y() + 2, 10, 9);
			flow.stream().stroke();
			String text = flow.fit(item.label() + " (" + item.count() + ")", flow.regular, 8.5f, columnWidth - 18);
			flow.text(text, flow.regular, 8.5f, PdfFlow.INK, x + 14, flow.y() + 3.5f);
		}
	}
}
