package nl.veerkracht.report.quickscan.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.LegendItem;
import nl.veerkracht.report.quickscan.MapArea;
import nl.veerkracht.report.quickscan.ScanMap;

/**
 * Draws a report map with Java2D as {@link PdfMap} draws it into the PDF (same frames, polygons, markers, scale
 * bar, north arrow and legend with counts, without the caption), antialiased on white, for documents that take
 * images only (DOCX). Sizes are in PDF points, scaled to the image width.
 */
public final class ImageMap {

	/** Fonts with Helvetica's widths first, so texts take the room they take in the PDF. */
	private static final List<String> HELVETICA_LIKE = List.of("Helvetica", "Arial", "Liberation Sans", "Nimbus Sans");
	private static final String FAMILY = family();
	private static final Font REGULAR = new Font(FAMILY, Font.PLAIN, 10);
	private static final Font BOLD = new Font(FAMILY, Font.BOLD, 10);
	private static final Color FRAME = new Color(0xCC, 0xCC, 0xCC);

	private ImageMap() {
	}

	/**
	 * @param map the map
	 * @param maxHeight the largest height of its overview in points, as given to {@link PdfMap#draw(ScanMap, String, float)}
	 * @param widthPixels the width of the image; the text width of the PDF maps onto it
	 * @return the map as an RGB image on white
	 */
	public static BufferedImage render(ScanMap map, float maxHeight, int widthPixels) {
		MapLayout layout = MapLayout.of(map, maxHeight);
		Optional<Envelope> detail = map.detail();
		Envelope extent = map.extent();
		float height = 6 + (extent.isNull() ? 0 : layout.height() + 4)
				+ (detail.isPresent() ? 8 + layout.detailHeight() + 4 : 0) + layout.legendRows() * MapLayout.LEGEND_ROW + 6;
		BufferedImage image = blank(widthPixels, height);
		Graphics2D g = graphics(image, widthPixels);
		try {
			float y = 6;
			if (!extent.isNull()) {
				frame(g, map, MapLayout.padded(extent), 0, y, PdfFlow.TEXT_WIDTH, layout.height(), detail.isEmpty(),
						detail.orElse(null));
				y += layout.height() + 4;
			}
			if (detail.isPresent()) {
				y += 8;
				frame(g, map, detail.get(), 0, y, PdfFlow.TEXT_WIDTH, layout.detailHeight(), true, null);
				y += layout.detailHeight() + 4;
			}
			legend(g, map.legend(), 0, y, PdfFlow.TEXT_WIDTH, MapLayout.LEGEND_COLUMNS);
		} finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * @param maps maps side by side, as {@link PdfMap#drawPanels(List, String, float)} draws them
	 * @param maxHeight the largest height of their frames in points
	 * @param widthPixels the width of the image; the text width of the PDF maps onto it
	 * @return the maps as an RGB image on white
	 */
	public static BufferedImage renderPanels(List<ScanMap> maps, float maxHeight, int widthPixels) {
		MapLayout.Panels layout = MapLayout.panels(maps, maxHeight);
		float height = 6 + MapLayout.PANEL_TITLE + layout.height() + 4 + layout.legendRows() * MapLayout.LEGEND_ROW + 6;
		BufferedImage image = blank(widthPixels, height);
		Graphics2D g = graphics(image, widthPixels);
		try {
			for (int i = 0; i < maps.size(); i++) {
				ScanMap map = maps.get(i);
				float x = i * (layout.width() + MapLayout.PANEL_GAP);
				float y = 6 + MapLayout.PANEL_TITLE;
				g.setColor(PdfFlow.INK);
				g.setFont(BOLD.deriveFont(9f));
				g.drawString(fit(g.getFontMetrics(), map.title(), layout.width()), x, y - 3);
				if (!map.extent().isNull()) {
					frame(g, map, MapLayout.padded(map.extent()), x, y, layout.width(), layout.height(), true, null);
				}
				legend(g, map.legend(), x, y + layout.height() + 4, layout.width(), MapLayout.PANEL_LEGEND_COLUMNS);
			}
		} finally {
			g.dispose();
		}
		return image;
	}

	private static String family() {
		Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		return HELVETICA_LIKE.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
	}

	private static BufferedImage blank(int widthPixels, float heightPoints) {
		double scale = widthPixels / (double) PdfFlow.TEXT_WIDTH;
		return new BufferedImage(widthPixels, Math.max(1, (int) Math.ceil(heightPoints * scale)), BufferedImage.TYPE_INT_RGB);
	}

	private static Graphics2D graphics(BufferedImage image, int widthPixels) {
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		double scale = widthPixels / (double) PdfFlow.TEXT_WIDTH;
		g.scale(scale, scale);
		return g;
	}

	private static void frame(Graphics2D g, ScanMap map, Envelope extent, float left, float top, float width,
			float height, boolean markers, Envelope detail) {
		Shape clip = g.getClip();
		Rectangle2D box = new Rectangle2D.Float(left, top, width, height);
		g.clip(box);
		MapFrame frame = new MapFrame(extent, width, height);
		g.setStroke(new BasicStroke(0.35f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
		for (MapArea area : map.areas()) {
			Path2D path = path(area.geometry(), frame, left, top);
			g.setColor(area.fill());
			g.fill(path);
			g.setColor(MapLayout.OUTLINE);
			g.draw(path);
		}
		if (markers) {
			for (MapArea area : map.areas()) {
				if (!area.marker().isEmpty()) {
					marker(g, area, frame, left, top);
				}
			}
		}
		if (detail != null) {
			Coordinate min = new Coordinate(detail.getMinX(), detail.getMaxY());
			Coordinate max = new Coordinate(detail.getMaxX(), detail.getMinY());
			g.setColor(PdfFlow.INK);
			g.setStroke(new BasicStroke(1f));
			g.draw(new Rectangle2D.Double(left + frame.x(min), top + frame.y(min), frame.x(max) - frame.x(min),
					frame.y(max) - frame.y(min)));
		}
		scaleBar(g, frame, left, width, top + height);
		g.setClip(clip);
		g.setColor(FRAME);
		g.setStroke(new BasicStroke(0.5f));
		g.draw(box);
	}

	private static Path2D path(Geometry geometry, MapFrame frame, float left, float top) {
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		for (int n = 0; n < geometry.getNumGeometries(); n++) {
			if (geometry.getGeometryN(n) instanceof Polygon polygon) {
				ring(path, polygon.getExteriorRing().getCoordinates(), frame, left, top);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(path, polygon.getInteriorRingN(h).getCoordinates(), frame, left, top);
				}
			}
		}
		return path;
	}

	private static void ring(Path2D path, Coordinate[] coordinates, MapFrame frame, float left, float top) {
		for (int i = 0; i < coordinates.length; i++) {
			double x = left + frame.x(coordinates[i]);
			double y = top + frame.y(coordinates[i]);
			if (i == 0) {
				path.moveTo(x, y);
			} else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
	}

	private static void marker(Graphics2D g, MapArea area, MapFrame frame, float left, float top) {
		Coordinate centre = area.geometry().getInteriorPoint().getCoordinate();
		double cx = left + frame.x(centre);
		double cy = top + frame.y(centre);
		double r = 6.5;
		Ellipse2D circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
		g.setColor(Color.WHITE);
		g.fill(circle);
		g.setColor(PdfFlow.INK);
		g.setStroke(new BasicStroke(0.6f));
		g.draw(circle);
		g.setFont(BOLD.deriveFont(7f));
		float w = g.getFontMetrics().stringWidth(area.marker());
		g.drawString(area.marker(), (float) cx - w / 2, (float) cy + 2.5f);
	}

	private static void scaleBar(Graphics2D g, MapFrame frame, float left, float width, float bottom) {
		double metres = ScaleBarLength.metres(width / frame.scale());
		float length = (float) (metres * frame.scale());
		float x = left + 8;
		g.setColor(PdfFlow.INK);
		g.fill(new Rectangle2D.Float(x, bottom - 13, length, 3));
		g.setFont(REGULAR.deriveFont(7.5f));
		g.drawString(ScaleBarLength.label(metres), x + length + 4, bottom - 9.5f);
		float nx = left + width - 16;
		float ny = bottom - 12;
		Path2D arrow = new Path2D.Float();
		arrow.moveTo(nx, ny - 16);
		arrow.lineTo(nx - 5, ny);
		arrow.lineTo(nx, ny - 4);
		arrow.lineTo(nx + 5, ny);
		arrow.closePath();
		g.fill(arrow);
		g.setFont(BOLD.deriveFont(8f));
		g.drawString("N", nx - 2.8f, ny - 19);
	}

	private static void legend(Graphics2D g, List<LegendItem> legend, float left, float top, float width, int columns) {
		float columnWidth = width / columns;
		float y = top;
		g.setFont(REGULAR.deriveFont(8.5f));
		for (int i = 0; i < legend.size(); i++) {
			if (i % columns == 0) {
				y += MapLayout.LEGEND_ROW;
			}
			LegendItem item = legend.get(i);
			float x = left + (i % columns) * columnWidth;
			Rectangle2D swatch = new Rectangle2D.Float(x, y - 11, 10, 9);
			g.setColor(item.colour());
			g.fill(swatch);
			g.setColor(MapLayout.OUTLINE);
			g.setStroke(new BasicStroke(0.4f));
			g.draw(swatch);
			g.setColor(PdfFlow.INK);
			g.drawString(fit(g.getFontMetrics(), item.label() + " (" + item.count() + ")", columnWidth - 18), x + 14,
					y - 3.5f);
		}
	}

	private static String fit(FontMetrics metrics, String text, float width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "\u2026";
	}
}
