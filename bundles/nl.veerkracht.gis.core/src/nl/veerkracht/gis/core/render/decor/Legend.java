package nl.veerkracht.gis.core.render.decor;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.LegendEntry;

/**
 * The legend of a map: for every visible layer, top layer first as in the Layers view, its title and the
 * entries of its style with a swatch each. A single-symbol layer takes one line (swatch and title); a
 * classified layer lists its classes under its title in bold, with the "geen gegevens" entry its style
 * always has. Texts are drawn as text, so that they can be searched in SVG and PDF.
 */
public final class Legend implements MapDecoration {

	private static final Font TITLE_FONT = DecorationStyle.font(Font.BOLD, 12);
	private static final Font ENTRY_FONT = DecorationStyle.font(Font.PLAIN, 11);
	private static final double SWATCH_GAP = 6;
	private static final double ROW_GAP = 3;
	private static final double GROUP_GAP = 8;

	private final List<LegendGroup> groups;
	private final boolean panel;

	/**
	 * Creates a legend.
	 *
	 * @param groups the groups, top to bottom
	 * @param panel whether to draw it on a translucent panel
	 */
	public Legend(List<LegendGroup> groups, boolean panel) {
		this.groups = List.copyOf(groups);
		this.panel = panel;
	}

	/**
	 * Makes the legend of the visible vector layers of a map.
	 *
	 * @param layers the layers in drawing order, bottom first, as {@code MapContent.layers()} gives them
	 * @param panel whether to draw it on a translucent panel
	 * @return the legend; without groups if no vector layer is visible
	 */
	public static Legend of(List<? extends Layer> layers, boolean panel) {
		List<LegendGroup> groups = new ArrayList<>();
		for (int i = layers.size() - 1; i >= 0; i--) {
			Layer layer = layers.get(i);
			if (layer.isVisible() && layer.getOpacity() > 0 && layer instanceof VectorLayer vectorLayer) {
				groups.add(new LegendGroup(layer.getTitle(), SwatchShape.of(vectorLayer.getFeatures()),
						layer.getOpacity(), layer.getStyle().legend()));
			}
		}
		return new Legend(groups, panel);
	}

	/**
	 * Returns the groups, top to bottom.
	 *
	 * @return the groups
	 */
	public List<LegendGroup> groups() {
		return groups;
	}

	/**
	 * Tells whether the legend has nothing to show.
	 *
	 * @return whether there are no groups
	 */
	public boolean isEmpty() {
		return groups.isEmpty();
	}

	@Override
	public Size size(Graphics2D graphics) {
		FontMetrics titleMetrics = graphics.getFontMetrics(TITLE_FONT);
		FontMetrics entryMetrics = graphics.getFontMetrics(ENTRY_FONT);
		double width = 0;
		double height = 0;
		for (LegendGroup group : groups) {
			if (height > 0) {
				height += GROUP_GAP;
			}
			if (group.isSingleLine()) {
				width = Math.max(width, Swatch.WIDTH + SWATCH_GAP + entryMetrics.stringWidth(group.title()));
				height += rowHeight(entryMetrics);
				continue;
			}
			width = Math.max(width, titleMetrics.stringWidth(group.title()));
			height += titleMetrics.getAscent() + titleMetrics.getDescent() + ROW_GAP;
			for (LegendEntry entry : group.entries()) {
				width = Math.max(width, Swatch.WIDTH + SWATCH_GAP + entryMetrics.stringWidth(entry.label()));
				height += rowHeight(entryMetrics);
			}
		}
		double pad = panel ? 2 * DecorationStyle.PADDING : 0;
		return new Size(width + pad, height + pad);
	}

	@Override
	public void paint(Graphics2D graphics, double x, double y) {
		Graphics2D g = DecorationStyle.prepare(graphics);
		try {
			if (panel) {
				Size size = size(g);
				DecorationStyle.panel(g, x, y, size.width(), size.height());
				x += DecorationStyle.PADDING;
				y += DecorationStyle.PADDING;
			}
			FontMetrics titleMetrics = g.getFontMetrics(TITLE_FONT);
			FontMetrics entryMetrics = g.getFontMetrics(ENTRY_FONT);
			double top = y;
			for (LegendGroup group : groups) {
				if (top > y) {
					top += GROUP_GAP;
				}
				if (group.isSingleLine()) {
					paintRow(g, entryMetrics, group, group.entries().get(0), group.title(), x, top);
					top += rowHeight(entryMetrics);
					continue;
				}
				g.setFont(TITLE_FONT);
				g.setColor(DecorationStyle.INK);
				g.drawString(group.title(), (float) x, (float) (top + titleMetrics.getAscent()));
				top += titleMetrics.getAscent() + titleMetrics.getDescent() + ROW_GAP;
				for (LegendEntry entry : group.entries()) {
					paintRow(g, entryMetrics, group, entry, entry.label(), x, top);
					top += rowHeight(entryMetrics);
				}
			}
		} finally {
			g.dispose();
		}
	}

	private static void paintRow(Graphics2D g, FontMetrics metrics, LegendGroup group, LegendEntry entry, String text,
			double x, double top) {
		double height = rowHeight(metrics) - ROW_GAP;
		Swatch.paint(g, entry.symbol(), group.shape(), group.opacity(), x, top + (height - Swatch.HEIGHT) / 2);
		g.setFont(ENTRY_FONT);
		g.setColor(DecorationStyle.INK);
		double baseline = top + (height - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
		g.drawString(text, (float) (x + Swatch.WIDTH + SWATCH_GAP), (float) baseline);
	}

	private static double rowHeight(FontMetrics metrics) {
		return Math.max(Swatch.HEIGHT, metrics.getAscent() + metrics.getDescent()) + ROW_GAP;
	}
}
