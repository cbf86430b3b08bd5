package nl.veerkracht.demo.internal;

import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The municipal boundary of the demo city: an irregular, smooth blob around a centre in RD New,
 * its radius varied by a few low-frequency waves so it looks like a real town edge.
 */
public final class CityOutline {

	private static final int VERTICES = 96;
	private static final int WAVES = 4;

	private CityOutline() {
	}

	/**
	 * @param factory the geometry factory
	 * @param centre  the city centre in RD New metres
	 * @param radius  the mean radius in metres
	 * @param random  the deterministic source of the shape
	 * @return a valid, closed polygon
	 */
	public static Polygon create(GeometryFactory factory, Coordinate centre, double radius, SplittableRandom random) {
		double[] amplitude = new double[WAVES];
		double[] phase = new double[WAVES];
		for (int i = 0; i < WAVES; i++) {
			amplitude[i] = radius * (0.10 / (i + 1)) * (0.5 + random.nextDouble());
			phase[i] = random.nextDouble() * 2 * Math.PI;
		}
		Coordinate[] ring = new Coordinate[VERTICES + 1];
		for (int v = 0; v < VERTICES; v++) {
			double angle = 2 * Math.PI * v / VERTICES;
			double r = radius;
			for (int i = 0; i < WAVES; i++) {
				r += amplitude[i] * Math.sin((i + 2) * angle + phase[i]);
			}
			ring[v] = new Coordinate(Math.round(centre.x + r * Math.cos(angle)), Math.round(centre.y + 0.8 * r * Math.sin(angle)));
		}
		ring[VERTICES] = new Coordinate(ring[0]);
		return factory.createPolygon(ring);
	}
}
