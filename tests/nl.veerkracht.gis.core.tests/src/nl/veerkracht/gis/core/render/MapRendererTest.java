package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.testsupport.SharedData;

class MapRendererTest {

	private static final double X0 = 155000;
	private static final double Y0 = 463000;
	private static final Color RED = new Color(255, 0, 0);
	private static final SimpleStyle OPAQUE_RED = new SimpleStyle(RED, null, 0, 1, 6);

	private final GeometryFactory factory = new GeometryFactory();
	private final MapRenderer renderer = new MapRenderer(Color.WHITE);
	/** 100 x 100 pixels of 1 metre: pixel (i, j) shows x = X0 + i .. X0 + i + 1, y = Y0 + 100 - j - 1 .. Y0 + 100 - j. */
	private final Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(X0 + 50, Y0 + 50), 1, 100, 100);

	@Test
	void polygonHoleIsBackgroundAndInteriorIsFill() {
		VectorLayer layer = layer(OPAQUE_RED, squareWithHole());
		BufferedImage image = renderer.renderToImage(viewport, List.of(layer));
		assertEquals(BufferedImage.TYPE_INT_ARGB, image.getType());
		assertEquals(100, image.getWidth());
		assertColor(RED, image, 25, 25);
		assertColor(RED, image, 80, 50);
		assertColor(Color.WHITE, image, 50, 50);
		assertColor(Color.WHITE, image, 5, 5);
		assertColor(Color.WHITE, image, 95, 50);
	}

	@Test
	void northIsDrawnAtTheTop() {
		VectorLayer layer = layer(OPAQUE_RED, rectangle(X0 + 10, Y0 + 70, X0 + 90, Y0 + 90));
		BufferedImage image = renderer.renderToImage(viewport, List.of(layer));
		assertColor(RED, image, 50, 20);
		assertColor(Color.WHITE, image, 50, 80);
	}

	@Test
	void outlineUsesTheStrokeColour() {
		SimpleStyle outlined = OPAQUE_RED.withStroke(Color.BLACK).withStrokeWidth(4);
		BufferedImage image = renderer.renderToImage(viewport, List.of(layer(outlined, squareWithHole())));
		assertColor(Color.BLACK, image, 10, 50);
		assertColor(Color.BLACK, image, 40, 50);
		assertColor(RED, image, 25, 25);
	}

	@Test
	void layerOpacityIsHonoured() {
		MapContent map = new MapContent();
		VectorLayer layer = layer(OPAQUE_RED, squareWithHole());
		map.addLayer(layer);
		map.setOpacity(layer, 0.5);
		BufferedImage image = renderer.renderToImage(viewport, map.layers());
		assertColor(new Color(255, 128, 128), image, 25, 25);
	}

	@Test
	void styleOpacityAppliesToTheFill() {
		BufferedImage image = renderer.renderToImage(viewport, List.of(layer(OPAQUE_RED.withOpacity(0.25),
				squareWithHole())));
		assertColor(new Color(255, 191, 191), image, 25, 25);
	}

	@Test
	void invisibleLayerIsNotDrawn() {
		MapContent map = new MapContent();
		VectorLayer layer = layer(OPAQUE_RED, squareWithHole());
		map.addLayer(layer);
		map.setVisible(layer, false);
		BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		RenderResult result = renderer.render(graphics, viewport, map.layers(), RenderMonitor.NONE);
		graphics.dispose();
		assertEquals(new RenderResult(0, false), result);
		assertColor(Color.WHITE, image, 25, 25);
	}

	@Test
	void upperLayerIsDrawnOverLowerLayer() {
		MapContent map = new MapContent();
		VectorLayer lower = layer(OPAQUE_RED, squareWithHole());
		VectorLayer upper = layer(OPAQUE_RED.withFill(Color.BLUE), rectangle(X0, Y0, X0 + 30, Y0 + 100));
		map.addLayer(lower);
		map.addLayer(upper);
		assertColor(Color.BLUE, renderer.renderToImage(viewport, map.layers()), 25, 25);
		map.moveDown(upper);
		assertColor(RED, renderer.renderToImage(viewport, map.layers()), 25, 25);
	}

	@Test
	void linesPointsAndSubPixelPolygonsAreDrawn() {
		Geometry line = factory.createLineString(new Coordinate[] {new Coordinate(X0, Y0 + 50.5),
			new Coordinate(X0 + 100, Y0 + 50.5)});
		Geometry point = factory.createPoint(new Coordinate(X0 + 20.5, Y0 + 79.5));
		Geometry speck = rectangle(X0 + 80.2, Y0 + 19.2, X0 + 80.4, Y0 + 19.4);
		SimpleStyle style = new SimpleStyle(Color.BLUE, Color.BLACK, 3, 1, 8);
		BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		RenderResult result = renderer.render(graphics, viewport, List.of(layer(style, line, point, speck)),
				RenderMonitor.NONE);
		graphics.dispose();
		assertEquals(3, result.featuresDrawn());
		assertColor(Color.BLACK, image, 60, 49);
		assertColor(Color.BLUE, image, 20, 20);
		assertColor(Color.BLACK, image, 80, 80);
		assertColor(Color.WHITE, image, 60, 30);
	}

	@Test
	void cancellationStopsDrawing() {
		List<Geometry> strips = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			strips.add(rectangle(X0 + i * 10, Y0, X0 + i * 10 + 10, Y0 + 100));
		}
		VectorLayer layer = layer(OPAQUE_RED, strips.toArray(Geometry[]::new));

		BufferedImage untouched = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = untouched.createGraphics();
		RenderResult none = renderer.render(graphics, viewport, List.of(layer), () -> true);
		assertEquals(new RenderResult(0, true), none);
		assertColor(Color.WHITE, untouched, 55, 50);

		AtomicInteger polls = new AtomicInteger();
		RenderResult partial = renderer.render(graphics, viewport, List.of(layer), () -> polls.incrementAndGet() > 4);
		graphics.dispose();
		assertTrue(partial.cancelled());
		assertTrue(partial.featuresDrawn() > 0 && partial.featuresDrawn() < 10, partial::toString);
		assertColor(RED, untouched, 5, 50);
		assertColor(Color.WHITE, untouched, 95, 50);

		Graphics2D again = untouched.createGraphics();
		assertEquals(new RenderResult(10, false), renderer.render(again, viewport, List.of(layer), RenderMonitor.NONE));
		again.dispose();
	}

	@Test
	void renderingLeavesTheGraphicsStateAlone() {
		BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.GREEN);
		Composite composite = AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.3f);
		graphics.setComposite(composite);
		MapContent map = new MapContent();
		VectorLayer layer = layer(OPAQUE_RED, squareWithHole());
		map.addLayer(layer);
		map.setOpacity(layer, 0.5);
		renderer.render(graphics, viewport, map.layers(), RenderMonitor.NONE);
		assertEquals(Color.GREEN, graphics.getColor());
		assertSame(composite, graphics.getComposite());
		graphics.dispose();
	}

	@Test
	void rotterdamInWgs84IsDrawnOnAnRdNewMap() throws Exception {
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		VectorLayer layer = new VectorLayer("Buurten", buurten, null, SimpleStyle.defaults());
		Viewport whole = new Viewport(Crs.RD_NEW, new Coordinate(0, 0), 1, 300, 200)
				.zoomToEnvelope(layer.getEnvelope(Crs.RD_NEW), 0.05);
		BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		RenderResult result = renderer.render(graphics, whole, List.of(layer), RenderMonitor.NONE);
		graphics.dispose();
		assertEquals(new RenderResult(78, false), result);
		int coloured = countNonBackground(image);
		assertTrue(coloured > 3000, () -> "coloured pixels: " + coloured);
		for (int x = 0; x < 300; x++) {
			assertEquals(Color.WHITE.getRGB(), image.getRGB(x, 0), "top margin row stays background");
		}
	}

	private static int countNonBackground(BufferedImage image) {
		int count = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				count += image.getRGB(x, y) == Color.WHITE.getRGB() ? 0 : 1;
			}
		}
		return count;
	}

	private Geometry squareWithHole() {
		LinearRing shell = ring(X0 + 10, Y0 + 10, X0 + 90, Y0 + 90);
		LinearRing hole = ring(X0 + 40, Y0 + 40, X0 + 60, Y0 + 60);
		return factory.createPolygon(shell, new LinearRing[] {hole});
	}

	private Geometry rectangle(double minX, double minY, double maxX, double maxY) {
		return factory.createPolygon(ring(minX, minY, maxX, maxY));
	}

	private LinearRing ring(double minX, double minY, double maxX, double maxY) {
		return factory.createLinearRing(new Coordinate[] {new Coordinate(minX, minY), new Coordinate(maxX, minY),
			new Coordinate(maxX, maxY), new Coordinate(minX, maxY), new Coordinate(minX, minY)});
	}

	private static VectorLayer layer(SimpleStyle style, Geometry... geometries) {
		FeatureSchema schema = new FeatureSchema("test", List.of());
		List<Feature> features = new ArrayList<>();
		for (Geometry geometry : geometries) {
			features.add(new Feature(String.valueOf(features.size() + 1), geometry, schema, new Object[0]));
		}
		return new VectorLayer("test", new FeatureCollection(schema, features, Crs.RD_NEW), null, style);
	}

	private static void assertColor(Color expected, BufferedImage image, int x, int y) {
		Color actual = new Color(image.getRGB(x, y), true);
		int tolerance = 2;
		assertTrue(Math.abs(expected.getRed() - actual.getRed()) <= tolerance
				&& Math.abs(expected.getGreen() - actual.getGreen()) <= tolerance
				&& Math.abs(expected.getBlue() - actual.getBlue()) <= tolerance
				&& actual.getAlpha() == 255,
				() -> "pixel (" + x + ", " + y + ") expected " + expected + " but was " + actual
						+ " alpha " + actual.getAlpha());
	}
}
