package nl.veerkracht.gis.core.render;

import java.awt.AlphaComposite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.LabelStyle;

/**
 * Labels the features of all layers whose style has labels visible at the viewport's scale, after the
 * layers are drawn. Labels compete across layers: the top layer's labels are placed first, and within a
 * layer larger areas and longer lines come before smaller ones; a label that would overlap one placed
 * earlier, does not fit its feature or sticks out of the image is dropped (see {@link LabelPlacer}).
 */
final class MapLabeler {

	/** Points per inch and CSS pixels per inch: label font sizes are points, drawn at 96 pixels per inch. */
	private static final float PIXELS_PER_POINT = 96f / 72f;

	/** A lower bound of the average letter width of a text, as a fraction of the font size. */
	private static final double NARROWEST_LETTER = 0.25;

	private final Viewport viewport;
	private final double scaleDenominator;

	MapLabeler(Viewport viewport) {
		this.viewport = viewport;
		this.scaleDenominator = MapScale.denominator(viewport);
	}

	/**
	 * Places and draws the labels.
	 *
	 * @param graphics the target in viewport pixels; its state is left unchanged
	 * @param layers the layers in drawing order, bottom first
	 * @param monitor polled between features
	 * @return the labels drawn, or {@code null} if the monitor cancelled before they were drawn
	 */
	List<PlacedLabel> draw(Graphics2D graphics, List<? extends Layer> layers, RenderMonitor monitor) {
		Graphics2D g = (Graphics2D) graphics.create();
		try {
			g.setComposite(AlphaComposite.SrcOver);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			LabelPlacer placer = new LabelPlacer(viewport.getWidth(), viewport.getHeight());
			FontRenderContext fontContext = g.getFontRenderContext();
			for (int i = layers.size() - 1; i >= 0; i--) {
				if (!placeLayer(placer, fontContext, layers.get(i), monitor)) {
					return null;
				}
			}
			List<PlacedLabel> placed = placer.placed();
			LabelPainter.paint(g, placed);
			return placed;
		} finally {
			g.dispose();
		}
	}

	/** Returns the label settings a layer is labelled with at this scale, if any. */
	Optional<LabelStyle> labelsOf(Layer layer) {
		if (!layer.isVisible() || layer.getOpacity() <= 0 || !(layer instanceof VectorLayer)) {
			return Optional.empty();
		}
		return layer.getStyle().labels().filter(labels -> labels.isVisibleAt(scaleDenominator));
	}

	/** Returns the font of a label style at its pixel size. */
	static Font fontOf(LabelStyle style) {
		return new Font(style.fontFamily(), Font.PLAIN, 1).deriveFont(style.fontSize() * PIXELS_PER_POINT);
	}

	private boolean placeLayer(LabelPlacer placer, FontRenderContext fontContext, Layer layer, RenderMonitor monitor) {
		Optional<LabelStyle> labels = labelsOf(layer);
		if (labels.isEmpty()) {
			return true;
		}
		VectorLayer vectorLayer = (VectorLayer) layer;
		LabelStyle style = labels.get();
		int attribute = vectorLayer.getFeatures().getSchema().indexOf(style.attribute());
		if (attribute < 0) {
			return true;
		}
		Font font = fontOf(style);
		double symbolSize = layer.getStyle().maxSymbolSize();
		LabelAnchors anchors = new LabelAnchors(viewport);
		for (ProjectedFeature feature : largestFirst(vectorLayer.query(viewport.getCrs(), viewport.visibleEnvelope()))) {
			if (monitor.isCancelled()) {
				return false;
			}
			String text = LabelText.of(feature.feature().getAttribute(attribute));
			Geometry geometry = feature.geometry();
			if (text == null || isTooSmall(geometry, text, font.getSize2D())) {
				continue;
			}
			MeasuredLabel label = MeasuredLabel.of(text, style, font, fontContext);
			if (!fits(geometry, label)) {
				continue;
			}
			LabelAnchor anchor = anchors.anchorOf(geometry, label.width(), label.height());
			if (anchor != null) {
				placer.place(anchor, label, symbolSize);
			}
		}
		return true;
	}

	/**
	 * Tells cheaply, before the text is laid out, that a feature is too small for its label: lower than a
	 * line of text, or narrower than the text could be even in its narrowest letters.
	 */
	private boolean isTooSmall(Geometry geometry, String text, float fontPixels) {
		Envelope bounds = geometry.getEnvelopeInternal();
		double width = bounds.getWidth() / viewport.getScale();
		double height = bounds.getHeight() / viewport.getScale();
		double narrowest = text.length() * fontPixels * NARROWEST_LETTER;
		return switch (geometry.getDimension()) {
		case 2 -> width < narrowest || height < fontPixels;
		case 1 -> Math.max(width, height) < narrowest;
		default -> false;
		};
	}

	/** Tells whether a label can fit a feature at all: an area's bounding box, a line's whole length. */
	private boolean fits(Geometry geometry, MeasuredLabel label) {
		Envelope bounds = geometry.getEnvelopeInternal();
		return switch (geometry.getDimension()) {
		case 2 -> label.width() <= bounds.getWidth() / viewport.getScale()
				&& label.height() <= bounds.getHeight() / viewport.getScale();
		case 1 -> label.width() <= geometry.getLength() / viewport.getScale();
		default -> true;
		};
	}

	/** Orders features by area, then length, largest first; points keep their order. */
	private static List<ProjectedFeature> largestFirst(List<ProjectedFeature> features) {
		record Sized(ProjectedFeature feature, double size) {
		}
		List<Sized> sized = new ArrayList<>(features.size());
		for (ProjectedFeature feature : features) {
			sized.add(new Sized(feature, size(feature.geometry())));
		}
		sized.sort(Comparator.comparingDouble(Sized::size).reversed());
		return sized.stream().map(Sized::feature).toList();
	}

	private static double size(Geometry geometry) {
		return switch (geometry.getDimension()) {
		case 2 -> geometry.getArea();
		case 1 -> geometry.getLength();
		default -> 0;
		};
	}
}
