package nl.veerkracht.gis.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.render.decor.Legend;
import nl.veerkracht.gis.core.render.decor.NorthArrow;
import nl.veerkracht.gis.core.render.decor.ScaleBar;
import nl.veerkracht.gis.core.render.decor.Size;
import nl.veerkracht.gis.core.render.decor.TextLine;

/**
 * Where everything goes on an exported page, in layout pixels of 1/96 inch: the title at the top, the
 * attribution at the bottom, the legend on the right of a landscape page or under the map on a portrait
 * one, and the map frame in the rest, with the scale bar in its bottom left and the north arrow in its top
 * right corner. Margins and text sizes grow with the page. A legend too large for its room is scaled down.
 */
public final class MapLayout {

	private static final double LEGEND_SHARE = 0.35;
	private static final double SCALE_BAR_SHARE = 0.25;
	private static final double GAP_SHARE = 0.5;

	private final MapExportSettings settings;
	private final Rectangle2D page;
	private final double margin;
	private final TextLine title;
	private final Rectangle2D titleArea;
	private final TextLine attribution;
	private final Rectangle2D attributionArea;
	private final Legend legend;
	private final Rectangle2D legendArea;
	private final double legendScale;
	private final Rectangle2D mapFrame;
	private final Viewport viewport;

	private MapLayout(MapExportSettings settings, Graphics2D measuring) {
		this.settings = settings;
		double width = settings.page().layoutWidth();
		double height = settings.page().layoutHeight();
		double small = Math.min(width, height);
		this.page = new Rectangle2D.Double(0, 0, width, height);
		this.margin = clamp(small * 0.035, 6, 40);
		double gap = margin * GAP_SHARE;
		double top = margin;
		double bottom = height - margin;

		this.title = settings.title().isBlank() ? null
				: TextLine.title(settings.title().strip(), (float) clamp(small * 0.03, 12, 28));
		if (title != null) {
			Size size = title.size(measuring);
			titleArea = new Rectangle2D.Double(margin, top, width - 2 * margin, size.height());
			top += size.height() + gap;
		} else {
			titleArea = null;
		}
		this.attribution = settings.has(Decoration.ATTRIBUTION)
				? TextLine.smallPrint(settings.attribution().strip(), (float) clamp(small * 0.012, 7, 11))
				: null;
		if (attribution != null) {
			Size size = attribution.size(measuring);
			bottom -= size.height();
			attributionArea = new Rectangle2D.Double(margin, bottom, width - 2 * margin, size.height());
			bottom -= gap;
		} else {
			attributionArea = null;
		}

		Legend candidate = settings.has(Decoration.LEGEND) ? Legend.of(settings.layers(), false) : null;
		this.legend = candidate == null || candidate.isEmpty() ? null : candidate;
		Rectangle2D content = new Rectangle2D.Double(margin, top, width - 2 * margin, bottom - top);
		if (legend == null) {
			legendArea = null;
			legendScale = 1;
			mapFrame = whole(content);
		} else {
			Size natural = legend.size(measuring);
			if (settings.page().isLandscape()) {
				double room = Math.min(natural.width(), content.getWidth() * LEGEND_SHARE);
				legendScale = Math.min(1, Math.min(room / natural.width(), content.getHeight() / natural.height()));
				double legendWidth = natural.width() * legendScale;
				legendArea = new Rectangle2D.Double(content.getMaxX() - legendWidth, content.getY(), legendWidth,
						natural.height() * legendScale);
				mapFrame = whole(new Rectangle2D.Double(content.getX(), content.getY(),
						content.getWidth() - legendWidth - gap, content.getHeight()));
			} else {
				double room = Math.min(natural.height(), content.getHeight() * LEGEND_SHARE);
				legendScale = Math.min(1, Math.min(room / natural.height(), content.getWidth() / natural.width()));
				double legendHeight = natural.height() * legendScale;
				legendArea = new Rectangle2D.Double(content.getX(), content.getMaxY() - legendHeight,
						natural.width() * legendScale, legendHeight);
				mapFrame = whole(new Rectangle2D.Double(content.getX(), content.getY(), content.getWidth(),
						content.getHeight() - legendHeight - gap));
			}
		}
		this.viewport = new Viewport(settings.crs(), new Coordinate(0, 0), 1, (int) mapFrame.getWidth(),
				(int) mapFrame.getHeight()).zoomToEnvelope(settings.extent(), 0);
	}

	/**
	 * Lays out a page.
	 *
	 * @param settings what to export
	 * @param measuring the graphics the page will be drawn on, in layout pixels, to measure texts with
	 * @return the layout
	 */
	public static MapLayout of(MapExportSettings settings, Graphics2D measuring) {
		return new MapLayout(settings, measuring);
	}

	/** @return the whole page */
	public Rectangle2D page() {
		return (Rectangle2D) page.clone();
	}

	/** @return the margin around the content */
	public double margin() {
		return margin;
	}

	/** @return the title's area, or {@code null} without a title */
	public Rectangle2D titleArea() {
		return titleArea == null ? null : (Rectangle2D) titleArea.clone();
	}

	/** @return the title, or {@code null} without one */
	public TextLine title() {
		return title;
	}

	/** @return the attribution's area, or {@code null} without an attribution */
	public Rectangle2D attributionArea() {
		return attributionArea == null ? null : (Rectangle2D) attributionArea.clone();
	}

	/** @return the attribution, or {@code null} without one */
	public TextLine attribution() {
		return attribution;
	}

	/** @return the legend's area, or {@code null} without a legend (not chosen, or no visible layers) */
	public Rectangle2D legendArea() {
		return legendArea == null ? null : (Rectangle2D) legendArea.clone();
	}

	/** @return the legend, or {@code null} without one */
	public Legend legend() {
		return legend;
	}

	/** @return the factor the legend is drawn at, at most 1 */
	public double legendScale() {
		return legendScale;
	}

	/** @return the map frame, with whole-pixel width and height */
	public Rectangle2D mapFrame() {
		return (Rectangle2D) mapFrame.clone();
	}

	/** @return the viewport of the map frame: the chosen extent, whole and centred */
	public Viewport viewport() {
		return viewport;
	}

	/** @return the scale bar for the map frame, or {@code null} if not chosen */
	public ScaleBar scaleBar() {
		return settings.has(Decoration.SCALE_BAR)
				? ScaleBar.fit(viewport, Math.max(60, mapFrame.getWidth() * SCALE_BAR_SHARE), true)
				: null;
	}

	/** @return the north arrow for the map frame, or {@code null} if not chosen */
	public NorthArrow northArrow() {
		return settings.has(Decoration.NORTH_ARROW)
				? new NorthArrow(clamp(Math.min(mapFrame.getWidth(), mapFrame.getHeight()) * 0.06, 20, 48), true)
				: null;
	}

	/** @return the space between the map frame's edge and the decorations inside it */
	public double inset() {
		return margin * GAP_SHARE;
	}

	private static Rectangle2D whole(Rectangle2D area) {
		return new Rectangle2D.Double(area.getX(), area.getY(), Math.max(1, Math.floor(area.getWidth())),
				Math.max(1, Math.floor(area.getHeight())));
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}
}
