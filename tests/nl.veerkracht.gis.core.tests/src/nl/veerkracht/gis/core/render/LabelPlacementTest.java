package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;

/**
 * Where labels go and which are dropped, checked on their boxes and on the pixels drawn. The viewport shows
 * 200 x 200 pixels of 1 metre, so pixel (i, j) shows x = X0 + i, y = Y0 + 200 - j.
 */
class LabelPlacementTest {

	private static final double X0 = 155000;
	private static final double Y0 = 463000;
	private static final Color BLUE = new Color(0, 0, 255);
	private static final Color RED = new Color(255, 0, 0);
	private static final Color GREEN = new Color(0, 160, 0);
	private static final SimpleStyle BLUE_FILL = new SimpleStyle(BLUE, null, 0, 1, 6);
	private static final LabelStyle RED_TEXT = new LabelStyle("naam", "SansSerif", 9f, RED, null, 0,
			Double.POSITIVE_INFINITY);

	private final GeometryFactory factory = new GeometryFactory();
	private final FeatureSchema schema = new FeatureSchema("buurten",
			List.of(new AttributeDescriptor("naam", AttributeType.STRING)));
	private final Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(X0 + 100, Y0 + 100), 1, 200, 200);
	private final MapRenderer renderer = new MapRenderer(Color.WHITE);

	@Test
	void polygonLabelIsCentredOnTheInteriorPointAndDrawnInsideIt() {
		Geometry square = rectangle(20, 20, 180, 180);
		VectorLayer layer = layer(BLUE_FILL, RED_TEXT, feature("a", square, "Centrum"));

		List<PlacedLabel> placed = labels(List.of(layer));
		assertEquals(1, placed.size());
		PlacedLabel label = placed.get(0);
		assertEquals("Centrum", label.text());
		Point2D inside = viewport.toScreen(square.getInteriorPoint().getCoordinate());
		assertEquals(inside.getX(), label.box().getCenterX(), 0.5);
		assertEquals(inside.getY(), label.box().getCenterY(), 0.5);

		BufferedImage image = renderer.renderToImage(viewport, List.of(layer));
		assertTrue(count(image, label.box(), RED) > 10, "red glyphs inside the label box");
		assertEquals(0, count(image, outside(label.box()), RED), "no red outside the label box");
	}

	@Test
	void labelsAreNotDrawnWithoutLabelSettingsOrOutsideTheScaleRange() {
		Geometry square = rectangle(20, 20, 180, 180);
		VectorLayer unlabelled = layer(BLUE_FILL, null, feature("a", square, "Centrum"));
		assertEquals(0, count(renderer.renderToImage(viewport, List.of(unlabelled)), full(), RED));

		double denominator = MapScale.denominator(viewport);
		VectorLayer tooFar = layer(BLUE_FILL, RED_TEXT.withScaleRange(0, denominator / 2), feature("a", square, "Centrum"));
		assertTrue(labels(List.of(tooFar)).isEmpty(), "scale 1:" + denominator + " lies above the range");
		assertEquals(0, count(renderer.renderToImage(viewport, List.of(tooFar)), full(), RED));

		VectorLayer inRange = layer(BLUE_FILL, RED_TEXT.withScaleRange(denominator / 2, denominator * 2),
				feature("a", square, "Centrum"));
		assertEquals(1, labels(List.of(inRange)).size());
	}

	@Test
	void topLayerWinsWhereLabelsWouldOverlap() {
		Geometry square = rectangle(20, 20, 180, 180);
		LabelStyle greenText = new LabelStyle("naam", "SansSerif", 9f, GREEN, null, 0, Double.POSITIVE_INFINITY);
		VectorLayer bottom = layer(BLUE_FILL, greenText, feature("b", square, "Onderste laag"));
		VectorLayer top = layer(BLUE_FILL.withOpacity(0.2), RED_TEXT, feature("t", square, "Bovenste laag"));

		List<PlacedLabel> placed = labels(List.of(bottom, top));
		assertEquals(List.of("Bovenste laag"), placed.stream().map(PlacedLabel::text).toList());
		BufferedImage image = renderer.renderToImage(viewport, List.of(bottom, top));
		assertTrue(count(image, full(), RED) > 10);
		assertEquals(0, count(image, full(), GREEN), "the bottom layer's label is dropped");
	}

	@Test
	void labelsAreDrawnAfterAllLayersSoNoLayerCoversThem() {
		Geometry square = rectangle(20, 20, 180, 180);
		VectorLayer bottom = layer(BLUE_FILL, RED_TEXT, feature("b", square, "Onder"));
		VectorLayer cover = layer(new SimpleStyle(GREEN, null, 0, 1, 6), null, feature("c", rectangle(0, 0, 200, 200), "x"));
		BufferedImage image = renderer.renderToImage(viewport, List.of(bottom, cover));
		assertTrue(count(image, full(), RED) > 10, "the bottom layer's label is above the opaque top layer");
	}

	@Test
	void placedBoxesNeverOverlapAndCrowdedLabelsAreDropped() {
		List<Feature> points = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			for (int j = 0; j < 10; j++) {
				points.add(feature("p" + i + j, factory.createPoint(new Coordinate(X0 + 15 + 18 * i, Y0 + 15 + 18 * j)),
						"Punt " + i + j));
			}
		}
		VectorLayer layer = layer(new SimpleStyle(BLUE, null, 0, 1, 4), RED_TEXT, points.toArray(Feature[]::new));
		List<PlacedLabel> placed = labels(List.of(layer));
		assertTrue(placed.size() > 5, "some labels find room: " + placed.size());
		assertTrue(placed.size() < 100, "not all 100 labels fit: " + placed.size());
		for (int a = 0; a < placed.size(); a++) {
			assertTrue(new Rectangle2D.Double(0, 0, 200, 200).contains(placed.get(a).box()), "inside the image");
			for (int b = a + 1; b < placed.size(); b++) {
				assertFalse(placed.get(a).box().intersects(placed.get(b).box()),
						placed.get(a).text() + " and " + placed.get(b).text() + " overlap");
			}
		}
	}

	@Test
	void pointLabelGoesRightOfTheSymbolOrLeftWhenTheRightIsOutOfTheImage() {
		Feature middle = feature("m", factory.createPoint(new Coordinate(X0 + 60, Y0 + 100)), "Midden");
		Feature edge = feature("e", factory.createPoint(new Coordinate(X0 + 190, Y0 + 50)), "Rand");
		VectorLayer layer = layer(new SimpleStyle(BLUE, null, 0, 1, 8), RED_TEXT, middle, edge);
		List<PlacedLabel> placed = labels(List.of(layer));
		assertEquals(List.of("Midden", "Rand"), placed.stream().map(PlacedLabel::text).toList());
		double clearance = 8 / 2 + LabelPlacer.POINT_OFFSET;
		Rectangle2D right = placed.get(0).box();
		assertEquals(100, right.getCenterY(), 0.5, "vertically centred on the point");
		assertEquals(60 + clearance, right.getMinX(), 1e-9, "right of the symbol");
		Rectangle2D left = placed.get(1).box();
		assertEquals(150, left.getCenterY(), 0.5);
		assertEquals(190 - clearance, left.getMaxX(), 1e-9, "left of the symbol, as the right is out of the image");
	}

	@Test
	void lineLabelIsCentredOnTheMiddleOfTheLine() {
		Feature line = feature("w", factory.createLineString(
				new Coordinate[] { new Coordinate(X0 + 10, Y0 + 50), new Coordinate(X0 + 190, Y0 + 50) }), "Maasboulevard");
		VectorLayer layer = layer(new SimpleStyle(null, BLUE, 2, 1, 6), RED_TEXT, line);
		List<PlacedLabel> placed = labels(List.of(layer));
		assertEquals(1, placed.size());
		assertEquals(100, placed.get(0).box().getCenterX(), 0.5);
		assertEquals(150, placed.get(0).box().getCenterY(), 0.5);
	}

	@Test
	void labelThatDoesNotFitItsFeatureIsDroppedUntilZoomedIn() {
		Geometry small = rectangle(95, 95, 105, 105);
		VectorLayer layer = layer(BLUE_FILL, RED_TEXT, feature("s", small, "Een lange buurtnaam"));
		assertTrue(labels(List.of(layer)).isEmpty(), "10 pixels are too narrow for the label");
		Viewport zoomedIn = viewport.zoomAround(20, 100, 100);
		List<PlacedLabel> placed = new MapLabeler(zoomedIn).draw(graphics(), List.of(layer), RenderMonitor.NONE);
		assertEquals(1, placed.size(), "at 200 pixels wide it fits");
	}

	@Test
	void polygonHalfInViewGetsItsLabelInTheVisibleHalf() {
		Geometry wide = rectangle(100, 60, 600, 140);
		VectorLayer layer = layer(BLUE_FILL, RED_TEXT, feature("w", wide, "Havens"));
		List<PlacedLabel> placed = labels(List.of(layer));
		assertEquals(1, placed.size());
		Rectangle2D box = placed.get(0).box();
		assertTrue(box.getMinX() >= 100 && box.getMaxX() <= 200, "inside the visible part: " + box);
		assertEquals(150, box.getCenterX(), 1.0, "centred on the visible part");
	}

	@Test
	void haloIsDrawnAroundTheGlyphsInTheHaloColour() {
		Geometry square = rectangle(20, 20, 180, 180);
		SimpleStyle black = new SimpleStyle(Color.BLACK, null, 0, 1, 6);
		LabelStyle haloed = new LabelStyle("naam", "SansSerif", 12f, RED, Color.WHITE, 0, Double.POSITIVE_INFINITY);
		VectorLayer withHalo = layer(black, haloed, feature("a", square, "Halo"));
		PlacedLabel label = labels(List.of(withHalo)).get(0);
		assertTrue(label.haloWidth() >= 1.5);
		BufferedImage image = renderer.renderToImage(viewport, List.of(withHalo));
		assertTrue(count(image, label.box(), Color.WHITE) > 10, "white halo on the black polygon");
		assertTrue(count(image, label.box(), RED) > 10, "red glyphs");

		VectorLayer noHalo = layer(black, new LabelStyle("naam", "SansSerif", 12f, RED, null, 0, Double.POSITIVE_INFINITY),
				feature("a", square, "Halo"));
		assertEquals(0, count(renderer.renderToImage(viewport, List.of(noHalo)), label.box(), Color.WHITE),
				"no halo, no white");
	}

	@Test
	void hiddenLayersAndMissingAttributesGiveNoLabels() {
		Geometry square = rectangle(20, 20, 180, 180);
		MapContent map = new MapContent();
		VectorLayer hidden = layer(BLUE_FILL, RED_TEXT, feature("a", square, "Verborgen"));
		map.addLayer(hidden);
		map.setVisible(hidden, false);
		assertTrue(labels(map.layers()).isEmpty());
		VectorLayer wrongAttribute = layer(BLUE_FILL, RED_TEXT.withAttribute("bestaat_niet"), feature("a", square, "x"));
		assertTrue(labels(List.of(wrongAttribute)).isEmpty());
		VectorLayer emptyValue = layer(BLUE_FILL, RED_TEXT, feature("a", square, null));
		assertTrue(labels(List.of(emptyValue)).isEmpty());
	}

	@Test
	void cancellingStopsLabellingBeforeAnythingIsDrawn() {
		VectorLayer layer = layer(BLUE_FILL, RED_TEXT, feature("a", rectangle(20, 20, 180, 180), "Centrum"));
		BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
		assertNull(new MapLabeler(viewport).draw(image.createGraphics(), List.of(layer), () -> true));
		assertEquals(0, count(image, full(), RED), "no label drawn");
		assertNotNull(new MapLabeler(viewport).draw(image.createGraphics(), List.of(layer), RenderMonitor.NONE));
		assertTrue(count(image, full(), RED) > 10);
	}

	private List<PlacedLabel> labels(List<? extends Layer> layers) {
		return new MapLabeler(viewport).draw(graphics(), layers, RenderMonitor.NONE);
	}

	private static Graphics2D graphics() {
		return new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB).createGraphics();
	}

	private VectorLayer layer(SimpleStyle symbol, LabelStyle labels, Feature... features) {
		return new VectorLayer("laag", new FeatureCollection(schema, List.of(features), Crs.RD_NEW), null,
				new SingleSymbolStyle(symbol, labels));
	}

	private Feature feature(String id, Geometry geometry, String name) {
		return new Feature(id, geometry, schema, new Object[] { name });
	}

	private Geometry rectangle(double minX, double minY, double maxX, double maxY) {
		return factory.toGeometry(new Envelope(X0 + minX, X0 + maxX, Y0 + minY, Y0 + maxY));
	}

	private static Rectangle2D full() {
		return new Rectangle2D.Double(0, 0, 200, 200);
	}

	/** Returns the area outside a label box grown by 2 pixels (for anti-aliasing). */
	private static Rectangle2D outside(Rectangle2D box) {
		return new Outside(box);
	}

	/** Counts the pixels of a colour (within a small tolerance) in an area. */
	private static int count(BufferedImage image, Rectangle2D area, Color colour) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (area.contains(x + 0.5, y + 0.5) && close(new Color(image.getRGB(x, y)), colour)) {
					n++;
				}
			}
		}
		return n;
	}

	private static boolean close(Color a, Color b) {
		return Math.abs(a.getRed() - b.getRed()) <= 40 && Math.abs(a.getGreen() - b.getGreen()) <= 40
				&& Math.abs(a.getBlue() - b.getBlue()) <= 40;
	}

	/** Everything except a box grown by 2 pixels. */
	private static final class Outside extends Rectangle2D.Double {

		private static final long serialVersionUID = 1L;

		private final Rectangle2D excluded;

		Outside(Rectangle2D box) {
			super(-1e9, -1e9, 2e9, 2e9);
			this.excluded = new Rectangle2D.Double(box.getX() - 2, box.getY() - 2, box.getWidth() + 4,
					box.getHeight() + 4);
		}

		@Override
		public boolean contains(double x, double y) {
			return !excluded.contains(x, y);
		}
	}
}
