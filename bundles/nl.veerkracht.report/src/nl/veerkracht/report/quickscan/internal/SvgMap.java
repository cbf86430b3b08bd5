package nl.veerkracht.report.quickscan.internal;

import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.report.quickscan.LegendItem;
import nl.veerkracht.report.quickscan.MapArea;
import nl.veerkracht.report.quickscan.ScanMap;

/**
 * A report map as inline SVG: the buurten as paths in their class colours (each with its name as tooltip),
 * rank markers, a scale bar, and the legend as an HTML list after it.
 */
final class SvgMap {

	private static final double WIDTH = 800;
	private static final double MAX_HEIGHT = 640;

	private SvgMap() {
	}

	static void write(StringBuilder html, ScanMap map, String caption) {
		Envelope extent = new Envelope(map.extent());
		Optional<Envelope> detail = map.detail();
		html.append("<figure class=\"map\">\n");
		if (!extent.isNull()) {
			extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.03);
			svg(html, map, extent, detail.isPresent() ? 480 : MAX_HEIGHT, detail.isEmpty(), detail.orElse(null));
		}
		detail.ifPresent(area -> svg(html, map, area, MAX_HEIGHT, true, null));
		html.append("<ul class=\"legend\">");
		for (LegendItem item : map.legend()) {
			html.append("<li><span class=\"swatch\" style=\"background:").append(Svg.colour(item.colour())).append("\"></span>")
					.append(Xml.escape(item.label())).append(" (").append(item.count()).append(")</li>");
		}
		html.append("</ul>\n<figcaption>").append(Xml.escape(MapFrame.caption(map, caption)))
				.append("</figcaption>\n</figure>\n");
	}

	private static void svg(StringBuilder html, ScanMap map, Envelope extent, double maxHeight, boolean markers,
			Envelope detail) {
		double height = MapFrame.heightFor(extent, WIDTH, maxHeight);
		MapFrame frame = new MapFrame(extent, WIDTH, height);
		html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(Svg.number(WIDTH)).append(' ')
				.append(Svg.number(height)).append("\" role=\"img\" aria-label=\"").append(Xml.escape(map.title()))
				.append("\">\n");
		for (MapArea area : map.areas()) {
			html.append("<path fill=\"").append(Svg.colour(area.fill())).append("\" d=\"").append(path(area.geometry(), frame))
					.append("\"><title>").append(Xml.escape(area.name())).append("</title></path>\n");
		}
		for (MapArea area : map.areas()) {
			if (markers && !area.marker().isEmpty()) {
				Coordinate centre = area.geometry().getInteriorPoint().getCoordinate();
				String x = Svg.number(frame.x(centre));
				String y = Svg.number(frame.y(centre));
				html.append("<g class=\"marker\"><circle cx=\"").append(x).append("\" cy=\"").append(y)
						.append("\" r=\"9\"/><text x=\"").append(x).append("\" y=\"").append(Svg.number(frame.y(centre) + 3.5))
						.append("\">").append(Xml.escape(area.marker())).append("</text></g>\n");
			}
		}
		if (detail != null) {
			Coordinate min = new Coordinate(detail.getMinX(), detail.getMaxY());
			Coordinate max = new Coordinate(detail.getMaxX(), detail.getMinY());
			html.append("<rect class=\"detail\" x=\"").append(Svg.number(frame.x(min))).append("\" y=\"")
					.append(Svg.number(frame.y(min))).append("\" width=\"").append(Svg.number(frame.x(max) - frame.x(min)))
					.append("\" height=\"").append(Svg.number(frame.y(max) - frame.y(min))).append("\"/>\n");
		}
		double metres = ScaleBarLength.metres(WIDTH / frame.scale());
		html.append("<rect class=\"scale\" x=\"12\" y=\"").append(Svg.number(height - 18)).append("\" width=\"")
				.append(Svg.number(metres * frame.scale())).append("\" height=\"4\"/><text class=\"scale\" x=\"")
				.append(Svg.number(18 + metres * frame.scale())).append("\" y=\"").append(Svg.number(height - 13))
				.append("\">").append(Xml.escape(ScaleBarLength.label(metres))).append("</text>\n");
		html.append("</svg>\n");
	}

	private static String path(Geometry geometry, MapFrame frame) {
		StringBuilder d = new StringBuilder();
		for (int g = 0; g < geometry.getNumGeometries(); g++) {
			if (geometry.getGeometryN(g) instanceof Polygon polygon) {
				ring(d, polygon.getExteriorRing().getCoordinates(), frame);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(d, polygon.getInteriorRingN(h).getCoordinates(), frame);
				}
			}
		}
		return d.toString().strip();
	}

	private static void ring(StringBuilder d, Coordinate[] coordinates, MapFrame frame) {
		for (int i = 0; i < coordinates.length; i++) {
			d.append(i == 0 ? 'M' : 'L').append(Svg.number(frame.x(coordinates[i]))).append(' ')
					.append(Svg.number(frame.y(coordinates[i])));
		}
		d.append("Z ");
	}
}
