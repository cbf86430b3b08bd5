package nl.veerkracht.gis.core.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.DefaultStyles;

/**
 * Runs the rendering path once on made-up data, so that the first real map after start-up is drawn by
 * compiled code. The first national map in a fresh JVM otherwise takes several times as long as every later
 * one (class loading and the JIT, not the work: see the render benchmark). Call it in a background job soon
 * after start-up; it takes a few hundred milliseconds of one core and leaves nothing behind.
 * <p>
 * The made-up map has {@value #POLYGONS} polygons of {@value #VERTICES} vertices (one in ten with a hole) in
 * WGS84 over the Netherlands. They are reprojected to RD New, indexed, simplified and drawn anti-aliased at
 * 1280&times;1024 with the first default style, {@value #PASSES} times: the same code as a real map.
 */
public final class RenderWarmUp {

	private static final int POLYGONS = 2000;
	private static final int COLUMNS = 50;
	private static final int VERTICES = 40;
	private static final int PASSES = 2;
	private static final int WIDTH = 1280;
	private static final int HEIGHT = 1024;
	private static final double WEST = 3.4;
	private static final double SOUTH = 50.8;
	private static final double STEP = 0.07;

	private RenderWarmUp() {
	}

	/**
	 * Draws the made-up map.
	 *
	 * @param monitor polled between features; cancel it to stop early, for example when a real map is opened
	 * @return what the last pass drew; {@code cancelled} if the monitor stopped it
	 */
	public static RenderResult run(RenderMonitor monitor) {
		VectorLayer layer = new VectorLayer("warm-up", madeUpMap(), null, DefaultStyles.next(0));
		Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(0, 0), 1, WIDTH, HEIGHT)
				.zoomToEnvelope(layer.getEnvelope(Crs.RD_NEW), 0.05);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		MapRenderer renderer = new MapRenderer();
		RenderResult result = new RenderResult(0, false);
		for (int pass = 0; pass < PASSES && !result.cancelled(); pass++) {
			Graphics2D graphics = image.createGraphics();
			try {
				result = renderer.render(graphics, viewport, List.of(layer), monitor);
			} finally {
				graphics.dispose();
			}
		}
		return result;
	}

	private static FeatureCollection madeUpMap() {
		GeometryFactory factory = new GeometryFactory();
		FeatureSchema schema = new FeatureSchema("warm-up", List.of());
		List<Feature> features = new ArrayList<>(POLYGONS);
		for (int i = 0; i < POLYGONS; i++) {
			double x = WEST + (i % COLUMNS) * STEP;
			double y = SOUTH + (i / COLUMNS) * STEP;
			LinearRing shell = wobblyRing(factory, x, y, STEP * 0.45, i);
			LinearRing[] holes = i % 10 == 0 ? new LinearRing[] {wobblyRing(factory, x, y, STEP * 0.1, i)}
					: new LinearRing[0];
			features.add(new Feature(String.valueOf(i), factory.createPolygon(shell, holes), schema, new Object[0]));
		}
		return new FeatureCollection(schema, features, Crs.WGS84);
	}

	private static LinearRing wobblyRing(GeometryFactory factory, double x, double y, double radius, int seed) {
		Coordinate[] ring = new Coordinate[VERTICES + 1];
		for (int k = 0; k < VERTICES; k++) {
			double angle = 2 * Math.PI * k / VERTICES;
			double r = radius * (0.8 + 0.2 * Math.sin(3 * angle + seed));
			ring[k] = new Coordinate(x + r * Math.cos(angle), y + r * Math.sin(angle));
		}
		ring[VERTICES] = ring[0];
		return factory.createLinearRing(ring);
	}
}
