package nl.veerkracht.gis.core.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.FeatureSymbolizer;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * Draws map layers onto any {@link Graphics2D} (headless Java2D), bottom layer first.
 * <p>
 * Only visible layers are drawn, each feature with the symbol its layer's {@link LayerStyle} chooses and
 * with the layer's opacity applied as an {@link AlphaComposite}; selected features are drawn again on top
 * of their layer with the {@link #SELECTION} highlight. Only features whose envelopes intersect the
 * viewport are visited, through the layer's spatial index. Stateless and thread-safe.
 */
public final class MapRenderer {

	/** The highlight of selected features: a translucent cyan fill with a bright cyan outline. */
	public static final SimpleStyle SELECTION = new SimpleStyle(new Color(0x00, 0xE5, 0xFF), new Color(0x00, 0xB8, 0xD4),
			3f, 0.35, 10);

	private final Color background;
	private final boolean drawSelection;

	/** Creates a renderer with a white background. */
	public MapRenderer() {
		this(Color.WHITE);
	}

	/**
	 * Creates a renderer.
	 *
	 * @param background the colour the map area is cleared with before drawing
	 */
	public MapRenderer(Color background) {
		this(background, true);
	}

	private MapRenderer(Color background, boolean drawSelection) {
		this.background = Objects.requireNonNull(background, "background");
		this.drawSelection = drawSelection;
	}

	/**
	 * Returns a renderer with the same background that draws selected features like all others, for
	 * exported maps and reports where the analyst's current selection does not belong.
	 *
	 * @return the renderer without selection highlight
	 */
	public MapRenderer withoutSelection() {
		return new MapRenderer(background, false);
	}

	/**
	 * Returns the background colour.
	 *
	 * @return the colour the map area is cleared with
	 */
	public Color getBackground() {
		return background;
	}

	/**
	 * Clears the viewport area with the background colour and draws the layers. The graphics' own state
	 * is left unchanged.
	 *
	 * @param graphics the target, in pixel coordinates of the viewport
	 * @param viewport the world area and pixel size to draw
	 * @param layers the layers in drawing order, bottom first, typically {@code MapContent.layers()}
	 * @param monitor polled between features; drawing stops when it reports cancellation
	 * @return the number of features drawn and whether drawing was cancelled
	 * @throws IllegalArgumentException if a layer's geometries cannot be reprojected to the viewport CRS
	 */
	public RenderResult render(Graphics2D graphics, Viewport viewport, List<? extends Layer> layers,
			RenderMonitor monitor) {
		Graphics2D g = (Graphics2D) graphics.create();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setComposite(AlphaComposite.SrcOver);
			g.setColor(background);
			g.fillRect(0, 0, viewport.getWidth(), viewport.getHeight());
			int drawn = 0;
			for (Layer layer : layers) {
				if (monitor.isCancelled()) {
					return new RenderResult(drawn, true);
				}
				if (layer.isVisible() && layer.getOpacity() > 0 && layer instanceof VectorLayer vectorLayer) {
					RenderResult result = renderLayer(g, viewport, vectorLayer, monitor);
					drawn += result.featuresDrawn();
					if (result.cancelled()) {
						return new RenderResult(drawn, true);
					}
				}
			}
			if (new MapLabeler(viewport).draw(g, layers, monitor) == null) {
				return new RenderResult(drawn, true);
			}
			return new RenderResult(drawn, false);
		} finally {
			g.dispose();
		}
	}

	/**
	 * Renders layers into a new transparent-capable image of the viewport's size.
	 *
	 * @param viewport the world area and pixel size to draw
	 * @param layers the layers in drawing order, bottom first
	 * @return a {@link BufferedImage#TYPE_INT_ARGB} image
	 */
	public BufferedImage renderToImage(Viewport viewport, List<? extends Layer> layers) {
		BufferedImage image = new BufferedImage(viewport.getWidth(), viewport.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		try {
			render(graphics, viewport, layers, RenderMonitor.NONE);
		} finally {
			graphics.dispose();
		}
		return image;
	}

	private RenderResult renderLayer(Graphics2D g, Viewport viewport, VectorLayer layer,
			RenderMonitor monitor) {
		LayerStyle style = layer.getStyle();
		g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) layer.getOpacity()));
		FeatureSymbolizer symbolizer = style.symbolizer(layer.getFeatures().getSchema());
		Map<SimpleStyle, FeaturePainter> painters = new IdentityHashMap<>();
		Set<Feature> selection = drawSelection ? layer.getSelection() : Set.of();
		List<ProjectedFeature> features = layer.query(viewport.getCrs(),
				queryArea(viewport, Math.max(style.maxSymbolSize(), SELECTION.strokeWidth())));
		int drawn = 0;
		for (ProjectedFeature feature : features) {
			if (monitor.isCancelled()) {
				return new RenderResult(drawn, true);
			}
			SimpleStyle symbol = symbolizer.symbolFor(feature.feature());
			if (symbol != null && painters.computeIfAbsent(symbol, s -> new FeaturePainter(g, viewport, s))
					.paint(feature.geometry())) {
				drawn++;
			}
		}
		if (!selection.isEmpty()) {
			FeaturePainter highlight = new FeaturePainter(g, viewport, SELECTION);
			for (ProjectedFeature feature : features) {
				if (selection.contains(feature.feature())) {
					highlight.paint(feature.geometry());
				}
			}
		}
		return new RenderResult(drawn, false);
	}

	/** The visible area grown by the symbol size, so that outlines and points just outside still show. */
	private static Envelope queryArea(Viewport viewport, double symbolSize) {
		Envelope area = viewport.visibleEnvelope();
		double marginPixels = symbolSize / 2 + 1;
		area.expandBy(marginPixels * viewport.getScale());
		return area;
	}
}
