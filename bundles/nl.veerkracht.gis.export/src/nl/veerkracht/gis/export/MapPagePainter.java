package nl.veerkracht.gis.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import nl.veerkracht.gis.core.render.MapRenderer;
import nl.veerkracht.gis.core.render.RenderResult;
import nl.veerkracht.gis.core.render.decor.NorthArrow;
import nl.veerkracht.gis.core.render.decor.ScaleBar;
import nl.veerkracht.gis.core.render.decor.Size;

/**
 * Draws a whole export page onto any {@link Graphics2D} in layout pixels: a white page, the map in its
 * frame through the {@link MapRenderer} (so SVG and PDF get vector shapes), a thin frame line, and the
 * decorations of the {@link MapLayout}.
 */
public final class MapPagePainter {

	private static final Color FRAME = new Color(0x66, 0x66, 0x66);

	private MapPagePainter() {
	}

	/**
	 * Draws the page.
	 *
	 * @param graphics the target, in layout pixels of 1/96 inch; its state is left unchanged
	 * @param settings what to export
	 * @param monitor told of the stages and polled while the map is drawn
	 * @return the layout used, or {@code null} if the monitor cancelled
	 */
	public static MapLayout paint(Graphics2D graphics, MapExportSettings settings, ExportMonitor monitor) {
		Graphics2D g = (Graphics2D) graphics.create();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			MapLayout layout = MapLayout.of(settings, g);
			g.setColor(Color.WHITE);
			g.fill(layout.page());
			monitor.beginStage(ExportStage.MAP);
			if (!paintMap(g, settings, layout, monitor)) {
				return null;
			}
			monitor.beginStage(ExportStage.DECORATIONS);
			paintDecorations(g, layout);
			return layout;
		} finally {
			g.dispose();
		}
	}

	private static boolean paintMap(Graphics2D g, MapExportSettings settings, MapLayout layout,
			ExportMonitor monitor) {
		Rectangle2D frame = layout.mapFrame();
		Graphics2D map = (Graphics2D) g.create();
		try {
			map.translate(frame.getX(), frame.getY());
			map.clip(new Rectangle2D.Double(0, 0, frame.getWidth(), frame.getHeight()));
			RenderResult result = new MapRenderer(Color.WHITE).withoutSelection().render(map, layout.viewport(), settings.layers(),
					monitor);
			if (result.cancelled()) {
				return false;
			}
		} finally {
			map.dispose();
		}
		g.setColor(FRAME);
		g.setStroke(new BasicStroke(0.75f));
		g.draw(frame);
		return !monitor.isCancelled();
	}

	private static void paintDecorations(Graphics2D g, MapLayout layout) {
		Rectangle2D frame = layout.mapFrame();
		double inset = layout.inset();
		if (layout.title() != null) {
			layout.title().paint(g, layout.titleArea().getX(), layout.titleArea().getY());
		}
		if (layout.attribution() != null) {
			layout.attribution().paint(g, layout.attributionArea().getX(), layout.attributionArea().getY());
		}
		ScaleBar scaleBar = layout.scaleBar();
		if (scaleBar != null) {
			Size size = scaleBar.size(g);
			scaleBar.paint(g, frame.getX() + inset, frame.getMaxY() - inset - size.height());
		}
		NorthArrow northArrow = layout.northArrow();
		if (northArrow != null) {
			Size size = northArrow.size(g);
			northArrow.paint(g, frame.getMaxX() - inset - size.width(), frame.getY() + inset);
		}
		if (layout.legend() != null) {
			Rectangle2D area = layout.legendArea();
			Graphics2D legend = (Graphics2D) g.create();
			try {
				legend.translate(area.getX(), area.getY());
				legend.scale(layout.legendScale(), layout.legendScale());
				layout.legend().paint(legend, 0, 0);
			} finally {
				legend.dispose();
			}
		}
	}
}
