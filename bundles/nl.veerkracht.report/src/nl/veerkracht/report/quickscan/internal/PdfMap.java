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
			frame(map, MapLayout.padded(extent), height, detail.isEmpty(), detail.orElse(null));
		}
		if (detail.isPresent()) {
			flow.down(8);
			frame(map, detail.get(), detailHeight, true, null);
		}
		legend(map.legend());
		for (String line : captionLines) {
			flow.down(12);
			flow.text(line, flow.regular, 8.5f, PdfFlow.INK, PdfFlow.MARGIN, flow.y() + 3);
		}
		flow.down(10);
	}

	private void frame(ScanMap map, Envelope extent, float height, boolean markers, Envelope detail) throws IOException {
		float top = flow.y();
		float bottom = top - height;
		PDPageContentStream stream = flow.stream();
		stream.saveGraphicsState();
		stream.addRect(PdfFlow.MARGIN, bottom, PdfFlow.TEXT_WIDTH, height);
		stream.clip();
		MapFrame frame = new MapFrame(extent, PdfFlow.TEXT_WIDTH, height);
		for (MapArea area : map.areas()) {
			polygons(area, frame, top);
		}
		if (markers) {
			for (MapArea area : map.areas()) {
				if (!area.marker().isEmpty()) {
					marker(area, frame, top);
				}
			}
		}
		if (detail != null) {
			Coordinate min = new Coordinate(detail.getMinX(), detail.getMaxY());
			Coordinate max = new Coordinate(detail.getMaxX(), detail.getMinY());
			stream.setStrokingColor(PdfFlow.INK);
			stream.setLineWidth(1f);
			stream.addRect(PdfFlow.MARGIN + (float) frame.x(min), top - (float) frame.y(max), (float) (frame.x(max) - frame.x(min)),
					(float) (frame.y(max) - frame.y(min)));
			stream.stroke();
		}
		scaleBar(frame, bottom);
		stream.restoreGraphicsState();
		stream.setStrokingColor(new Color(0xCC, 0xCC, 0xCC));
		stream.setLineWidth(0.5f);
		stream.addRect(PdfFlow.MARGIN, bottom, PdfFlow.TEXT_WIDTH, height);
		stream.stroke();
		flow.down(height + 4);
	}

	private void polygons(MapArea area, MapFrame frame, float top) throws IOException {
		PDPageContentStream stream = flow.stream();
		stream.setNonStrokingColor(area.fill());
		stream.setStrokingColor(OUTLINE);
		stream.setLineWidth(0.35f);
		Geometry geometry = area.geometry();
		boolean any = false;
		for (int g = 0; g < geometry.getNumGeometries(); g++) {
			if (geometry.getGeometryN(g) instanceof Polygon polygon) {
				ring(polygon.getExteriorRing().getCoordinates(), frame, top);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(polygon.getInteriorRingN(h).getCoordinates(), frame, top);
				}
				any = true;
			}
		}
		if (any) {
			stream.fillAndStrokeEvenOdd();
		}
	}

	private void ring(Coordinate[] coordinates, MapFrame frame, float top) throws IOException {
		PDPageContentStream stream = flow.stream();
		for (int i = 0; i < coordinates.length; i++) {
			float x = PdfFlow.MARGIN + (float) frame.x(coordinates[i]);
			float y = top - (float) frame.y(coordinates[i]);
			if (i == 0) {
				stream.moveTo(x, y);
			} else {
				stream.lineTo(x, y);
			}
		}
		stream.closePath();
	}

	private void marker(MapArea area, MapFrame frame, float top) throws IOException {
		Coordinate centre = area.geometry().getInteriorPoint().getCoordinate();
		float cx = PdfFlow.MARGIN + (float) frame.x(centre);
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

	private void scaleBar(MapFrame frame, float bottom) throws IOException {
		double metres = ScaleBarLength.metres(PdfFlow.TEXT_WIDTH / frame.scale());
		float length = (float) (metres * frame.scale());
		float x = PdfFlow.MARGIN + 8;
		float y = bottom + 10;
		flow.fill(x, y, length, 3, PdfFlow.INK);
		flow.text(ScaleBarLength.label(metres), flow.regular, 7.5f, PdfFlow.INK, x + length + 4, y - 0.5f);
		float nx = PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH - 16;
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

	private void legend(List<LegendItem> legend) throws IOException {
		float columnWidth = PdfFlow.TEXT_WIDTH / LEGEND_COLUMNS;
		for (int i = 0; i < legend.size(); i++) {
			if (i % LEGEND_COLUMNS == 0) {
				flow.down(LEGEND_ROW);
			}
			LegendItem item = legend.get(i);
			float x = PdfFlow.MARGIN + (i % LEGEND_COLUMNS) * columnWidth;
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
